"""Cases of the s13 business fixes (helper s13-biz: advisers, contracts, founding, posts, bids), invented names."""

CASES = [
    # a company bought from (or sold to) "son fondateur": the founder is the traded company's, not the buyer's
    ("Le groupe Ardanel possède Kelvio depuis 2020. Ardanel avait racheté Kelvio à son fondateur, Paul Verdier.",
     [("FOUNDED", "Paul Verdier", "Kelvio")]),
    ("Le fonds Orsay Capital a repris Kelvio à ses deux fondateurs, Paul Verdier et Julie Masson.",
     [("FOUNDED", "Paul Verdier", "Kelvio"), ("FOUNDED", "Julie Masson", "Kelvio")]),
    ("Le groupe Ardanel possède Kelvio. Ardanel, qui l'a rachetée à son fondateur Marc Ovide en 2018, la "
     "développe en Europe.",
     [("FOUNDED", "Marc Ovide", "Kelvio")]),
]

FORBIDDEN = [
    ("Le groupe Ardanel possède Kelvio depuis 2020. Ardanel avait racheté Kelvio à son fondateur, Paul Verdier.",
     ("FOUNDED", "Paul Verdier", "Ardanel")),
    ("Le fonds Orsay Capital a repris Kelvio à ses deux fondateurs, Paul Verdier et Julie Masson.",
     ("FOUNDED", "Julie Masson", "Orsay Capital")),
]
