package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kpu-ntt/lkj/etl/eval"
	"github.com/kpu-ntt/lkj/etl/ingest"
)

// blindBar is the ratchet for the blind development corpora, each written by
// someone who never read the parser: the share of expected rows found
// exactly must not fall below what the parser reached, and no row may be
// silently wrong beyond the bar. Raise the bar when the parser improves (the
// goal is 0.98 and 0 silent-wrong). When a corpus grows, new documents may
// lower the share: fix the parser's class of failure, or lower the bar in the
// same commit and say why.
//
//   - dev: 12 documents, 413/413 rows exact since 2026-12-03.
//   - dev2: the first holdout (12 documents, 499 rows), measured once at
//     reader parse-12 (55.3 % exact, 25 silent-wrong) and development data
//     since; parse-13 reaches 465/499 (93.2 %), parse-14 497/499 (99.6 %),
//     0 silent-wrong.
//   - dev3: the second holdout (12 documents, 401 rows), measured twice at
//     parse-13 (301/401 = 75.1 %, 4 silent-wrong) and development data since;
//     parse-14 reaches 392/401 (97.8 %), parse-16 401/401, 0 silent-wrong.
//   - dev4: the third holdout (12 documents, 453 rows), measured at parse-13
//     (252/453 = 55.6 %, 6 silent-wrong) and parse-14 (312/453 = 68.9 %,
//     2 silent-wrong, sakip_komponen) and development data since: 447/453
//     (98.7 %), 0 silent-wrong at parse-15 (dev2 499/499, dev3 395/401). Its PDF
//     twins (dev4/pdf) are scored apart, in pdfdev_test.go, since a twin
//     loaded with its text replaces it.
//   - dev5: the fourth holdout (12 documents, 413 rows, written as unseen3/),
//     measured twice at parse-15 (294/413 = 71.2 %, then 305/413 = 73.8 %
//     after one fix, 0 silent-wrong) and development data since 2026-12-03:
//     413/413 at parse-16;
//     its PDF twins (dev5/pdf) are scored in pdfdev_test.go.
//   - dev6: the fifth holdout (12 documents, 442 rows, written as unseen4/),
//     measured twice at parse-16 (318/442 = 71.9 %, then 340/442 = 76.9 %
//     after one fix, 0 silent-wrong) and development data since 2026-12-03:
//     442/442 at parse-17; its PDF twins (dev6/pdf) are scored in
//     pdfdev_test.go.
//   - dev7: the sixth holdout (12 documents, 418 rows, written as unseen5/),
//     measured twice at parse-17 (222/418 = 53.1 % with 1 silent-wrong, then
//     251/418 = 60.0 % after one fix, 0 silent-wrong) and development data
//     since 2026-12-03: 418/418 at parse-18; its PDF twins (dev7/pdf) are
//     scored in pdfdev_test.go.
//   - dev8: the seventh holdout (12 documents, 394 rows, written as
//     unseen6/), measured once at parse-18 (229/394 = 58.1 %, 8 silent-wrong:
//     a grade read from the province-average column, six parent codes of a
//     definition-list budget left NULL, a kecamatan's figures as the
//     kabupaten's DPT) and development data since 2026-12-03: 284/394,
//     0 silent-wrong, an hour later; 371/394 at the next merge, 374/394
//     at the last.
//   - dev9: the eighth holdout (12 documents, 458 rows, written as
//     unseen7/), measured twice (302/458 = 65.9 % at parse-18 with 8
//     silent-wrong rows: amounts spelled out in words read as a table's
//     thousands unit; then 311/458 = 67.9 %, 0 silent-wrong, at parse-19)
//     and development data since 2026-12-03: 458/458 at parse-20 an hour
//     later (dev8 382/394 then).
//   - dev10: the ninth holdout (12 documents, 479 rows, written as
//     unseen8/), measured twice (333/479 = 69.5 % at parse-20 with 9
//     silent-wrong rows: kegiatan parents left NULL in a table sorted by
//     amount, a DIPA revision count; then 341/479 = 71.2 % at parse-21 with
//     one, the revision count) and development data since 2026-12-03:
//     473/479, 0 silent-wrong, an hour later, 479/479 at parse-22 (dev8
//     384/394 then).
//   - dev11: the tenth holdout (12 documents, 393 rows, written as
//     unseen9/), measured twice at parse-22 (345/393 = 87.8 % with 2
//     silent-wrong rows, then 365/393 = 92.9 % after two class fixes,
//     errata and YAML dumps); the 2 were DIPA revision counts its truth
//     left out, added when it became development data on 2026-12-03:
//     367/393, 0 silent-wrong; 393/393 at parse-23 an hour later.
//   - dev12: the eleventh holdout (12 documents, 387 rows, written as
//     unseen10/), measured at parse-23 (255/387 = 65.9 %) and at parse-24
//     after two class fixes (288/387 = 74.4 %), 0 silent-wrong both times;
//     development data since 2026-12-04, its truth then given Ende 2021's
//     14 capaian_seri rows of 2020 (401 rows): 302/401 at parse-24;
//     311/401 with margin line numbers dropped (margin_numbers.go).
//     401/401 at parse-25, once the readers of h-acca, h-accb, h-accc and
//     h-pdf were merged.
//   - unseen11 (the twelfth holdout, 12 documents, 450 rows; 4 PDF twins,
//     169 rows): measured at parse-25 on 2026-12-04, 253/450 = 56.2 %
//     (PDF twins 32/169 = 18.9 %), 0 silent-wrong, 0 wrong-key, but 51
//     extra rows: one report's DPT per kelurahan loaded as kecamatan rows.
//     At parse-26, after eight class readers from made-up text: 400/450
//     (88.9 %), 0 wrong, 0 extra (PDF twins 43/169); no longer blind.
//     Development data dev13 since 2026-12-04.
//   - unseen12 (the thirteenth holdout, 12 documents, 508 rows; 4 PDF twins,
//     154 rows): measured blind at parse-26 on 2026-12-04, 220/508 = 43.3 %
//     (PDF twins 128/154 = 83.1 %), 0 silent-wrong values, but 3 wrong-key
//     DPT rows (words of a merged cell read as kecamatan names) and 14
//     extra capaian rows (figures or total rows keyed as indicators, one
//     table at the wrong tingkat); again at parse-27, still blind (round 3
//     worked from dev13 only): 222/508 = 43.7 %, the same wrong keys.
//     At parse-28, after class work from those failures (not blind):
//     287/508 = 56.5 %, 0 wrong-key, 8 extra capaian rows still open.
//     Development data dev14 since 2026-12-04.
//   - unseen13 (the fourteenth holdout, 12 documents, 473 rows; 4 PDF twins,
//     140 rows): measured blind at parse-28 on 2026-12-04, 200/473 = 42.3 %
//     (PDF twins 6/140 = 4.3 %), 0 silent-wrong, 0 wrong-key, 0 extra; 84
//     wrong values, all flagged. Development data dev15 since then.
//   - unseen14 (the fifteenth holdout, 12 documents, 456 rows; 4 PDF twins,
//     169 rows): measured blind at parse-28 on 2026-12-04, 249/456 = 54.6 %
//     (PDF twins 9/169 = 5.3 %), but 1 silent-wrong (a kode_induk) and 26
//     wrong-key rows (a Pemilu 2024 DPT keyed to its 2023 report's year,
//     emoji kept in kecamatan names, capaian keyed `predikat`/`opini`).
//     Development data dev16 since then.
//   - unseen15 (the sixteenth holdout, 12 documents, 442 rows; 4 PDF twins,
//     148 rows): measured blind at parse-29 and again at parse-32 on
//     2026-12-04 (the rounds between worked from dev14-dev16 only): 252/442
//     = 57.0 % both times (PDF twins 59/148), 0 wrong values loaded, but 20
//     DPT rows with desa/TPS NULL and no finding (counted silent-wrong), 3
//     wrong-key and 3 extra capaian rows. Development data dev17 since then.
//   - unseen16 (the seventeenth holdout, 12 documents, 414 rows; 4 PDF twins,
//     141 rows): measured blind at parse-32 on 2026-12-04: 220/414 = 53.1 %
//     (PDF twins 105/141 = 74.5 %), 1 document rejected for its identity,
//     1 NULL without finding, 6 wrong-key capaian rows (text and PDF), 0 extra;
//     again at parse-34 after round 7: 220/414 and 105/141, the NULL now
//     with its finding. Development data dev18 since then.
//   - unseen17 (the eighteenth holdout, 12 documents, 406 rows; 4 PDF twins,
//     139 rows): measured blind at parse-34 on 2026-12-04: 256/406 = 63.1 %
//     (PDF twins 75/139 = 54.0 %), 13 silent-wrong (tick marks kept in
//     capaian text, pagu_awal read from a Semula column), 1 wrong-key
//     (mojibake), 3 extra (a template's example rows). Again at parse-35
//     after round 8: the same figures. Development data dev19 since then;
//     its 8 pagu_awal rows were the parser being right (truth settled at
//     conversion: Pagu Semula is pagu_awal).
//   - unseen18 (the nineteenth holdout, 12 documents, 447 rows, half of them
//     ordinary Word reports by design; 4 PDF twins, 162 rows): measured
//     blind at parse-35 on 2026-12-04: 388/447 = 86.8 % (PDF twins 116/162
//     = 71.6 %), 0 silent-wrong, 6 wrong-key (kecamatan names with their
//     dot leaders), 0 extra. Again at parse-36 after round 9: the same
//     figures. Development data dev20 since then.
//   - unseen19 (the twentieth holdout, 12 documents, 439 rows, half ordinary;
//     4 PDF twins, 159 rows): measured blind at parse-35 on 2026-12-04:
//     389/439 = 88.6 % (PDF twins 134/159 = 84.3 %), 1 silent-wrong (a
//     kegiatan row of a budget in thousands loaded unscaled), 1 wrong-key
//     (wrapped figures kept in a capaian name), 0 extra. Again at parse-36
//     after round 9: the same figures. Development data dev21 since then.
//   - unseen20 (the twenty-first holdout, 12 documents, 402 rows, half
//     ordinary; 4 PDF twins, 132 rows): measured blind at parse-36 on
//     2026-12-04: 367/402 = 91.3 % (PDF twins 111/132 = 84.1 %), 0
//     silent-wrong, 11 wrong-key (DPT rows keyed to the report year, not the
//     election's), 0 extra. Again at parse-37 after round 10: the same
//     figures. Development data dev22 since then.
//   - unseen21 (the twenty-second holdout, 12 documents, 416 rows, half
//     ordinary; 4 PDF twins, 183 rows): measured blind at parse-37 on
//     2026-12-04: 326/416 = 78.4 % (PDF twins 109/183 = 59.6 %), 0
//     silent-wrong, 0 wrong-key, 0 extra. Documents 1-6 (ordinary) alone
//     202/203; documents 7-12 alone 132/217. Again at parse-38 after
//     round 11: the same figures. Development data dev23 since then.
//   - unseen22 (the twenty-third holdout, 12 documents, 431 rows, half
//     ordinary; 4 PDF twins, 140 rows): measured blind at parse-37 on
//     2026-12-04: 379/431 = 87.9 % (PDF twins 103/140 = 73.6 %), 0
//     silent-wrong, 0 wrong-key, 0 extra. Documents 1-6 (ordinary) alone
//     213/215; documents 7-12 alone 166/216. Again at parse-38 after
//     round 11: 380/431 (ordinary half 214/215; a DPT caption under its
//     table), PDF twins 103/140, none wrong. Again at parse-39 after round
//     12 and at parse-40: the same. Development data dev24 since then.
//   - unseen23 (the twenty-fourth holdout, 12 documents, 467 rows, half
//     ordinary; 4 PDF twins, 166 rows): measured blind at parse-40 on
//     2026-12-05: 371/467 = 79.4 % (PDF twins 132/166 = 79.5 %), 0
//     silent-wrong, 13 wrong-key (DPT), 0 extra. Documents 1-6 (ordinary)
//     alone 246/248; documents 7-12 alone 125/219. Again at parse-41
//     after round 13: the same figures. Development data dev25 since
//     then.
//   - unseen24 (the twenty-fifth holdout, 12 documents, 436 rows, half
//     ordinary; 4 PDF twins, 143 rows): measured blind at parse-42 on
//     2026-12-05: 363/436 = 83.3 % (PDF twins 68/143 = 47.6 %), 0
//     silent-wrong, 0 wrong-key, 0 extra. Documents 1-6 (ordinary) alone
//     204/208; documents 7-12 alone 159/228. Again at parse-43 after
//     round 14: the same figures, and again at parse-44. Development data
//     dev26 since then.
//   - unseen25 (the twenty-sixth holdout, 12 documents, 425 rows, half
//     ordinary; 4 PDF twins, 141 rows): measured blind at parse-44 on
//     2026-12-05: 355/425 = 83.5 % (PDF twins 123/141 = 87.2 %), 0
//     silent-wrong, 0 wrong-key, 0 extra. Documents 1-6 (ordinary) alone
//     225/225; documents 7-12 alone 130/200. Again at parse-45 after
//     round 15 and at parse-46 after round 16: the same figures.
//     Development data dev27 since then.
//   - unseen26 (the twenty-seventh holdout, 12 documents, 469 rows, half
//     ordinary; 4 PDF twins, 138 rows): measured blind at parse-46 on
//     2026-12-05: 413/469 = 88.1 % (PDF twins 60/138 = 43.5 %, 2 extra),
//     0 silent-wrong, 0 wrong-key, 0 extra in the texts. Documents 1-6
//     (ordinary) alone 238/239; documents 7-12 alone 175/230. Again at
//     parse-47 after round 17: 419/469 = 89.3 % (239/239 and 180/230;
//     PDF twins 65/138, the same 2 extra). Development data dev28 since
//     then.
//   - unseen27 (the twenty-eighth holdout, 12 documents, 423 rows, half
//     ordinary; 4 PDF twins, 157 rows): measured blind at parse-47 on
//     2026-12-05: 381/423 = 90.1 % (PDF twins 143/157 = 91.1 %), 0
//     silent-wrong, 0 wrong-key, 0 extra, 1 wrong value with a finding.
//     Documents 1-6 (ordinary) alone 206/206; documents 7-12 alone
//     175/217. Again at parse-48 after round 18: the same figures.
//     Development data dev29 since then.
//   - unseen28 (the twenty-ninth holdout, 12 documents, 407 rows, half
//     ordinary; 4 PDF twins, 130 rows): measured blind at parse-48 on
//     2026-12-05: 350/407 = 86.0 % (PDF twins 107/130 = 82.3 %, 3 wrong
//     with a finding), 0 silent-wrong, 0 wrong-key, 0 extra, 3 wrong
//     values with a finding. Documents 1-6 (ordinary) alone 192/196
//     (the 3 flagged among them); documents 7-12 alone 158/211. Again at
//     parse-49 after round 19: the same figures. Development data dev30
//     since then.
//   - unseen29 (the thirtieth holdout, 12 documents, 422 rows, half
//     ordinary; 4 PDF twins, 149 rows): measured blind at parse-49 on
//     2026-12-05: 373/422 = 88.4 % (PDF twins 135/149 = 90.6 %), 0 wrong
//     values (none flagged, none silent), 0 wrong-key, 0 extra. Documents
//     1-6 (ordinary) alone 207/207; documents 7-12 alone 166/215. Again
//     at parse-50 after round 20: the same figures. Development data dev31
//     since then.
//   - unseen30 (the thirty-first holdout, 12 documents, 409 rows, half
//     ordinary; 4 PDF twins, 127 rows): measured blind at parse-50 on
//     2026-12-05: 372/409 = 91.0 % (PDF twins 64/127 = 50.4 %, 1 wrong
//     with a finding), 0 wrong values in the texts (none flagged, none
//     silent), 0 wrong-key, 0 extra. Documents 1-6 (ordinary) alone
//     228/229; documents 7-12 alone 144/180. Development data dev32
//     since then (converted after one measurement, to work on its PDF
//     twins' looks at once).
//   - unseen31 (the thirty-second holdout, 12 documents, 446 rows, half
//     ordinary; 4 PDF twins, 141 rows): measured blind at parse-51 on
//     2026-12-05: 369/446 = 82.7 % (PDF twins 97/141 = 68.8 %, 13 wrong
//     with a finding), 19 wrong values (8 flagged, 10 silent-wrong, 1
//     wrong-key), 0 extra, all in documents 1-6 (ordinary) alone 232/253;
//     documents 7-12 alone 137/193, none wrong. The same at parse-50.
//     Development data dev33 since then; 10 of the 19 were a truth
//     settled at conversion (`*_teks` keep the cell's `%`, as every
//     earlier batch's truth does: the author's script skipped persen_sel).
//   - unseen32 (the thirty-third holdout, 12 documents, 414 rows, half
//     ordinary; 4 PDF twins, 127 rows): measured blind at parse-52 on
//     2026-12-05: 358/414 = 86.5 % (PDF twins 81/127 = 63.8 %, none
//     wrong), 2 wrong values (1 flagged, 1 silent-wrong), 0 wrong-key, 0
//     extra. Documents 1-6 (ordinary) alone 236/245 (both wrong values
//     there); documents 7-12 alone 122/169. Development data dev34 since
//     then (the two wrong values: a unit column headed "Sat.", a pagu
//     column headed "DIPA (Rp)"; the truth was right).
//   - unseen33 (the thirty-fourth holdout, 12 documents, 452 rows, half
//     ordinary; 4 PDF twins, 143 rows): measured blind at parse-53 on
//     2026-12-05: 378/452 = 83.6 % (PDF twins 117/143 = 81.8 %), 0 wrong
//     values, 0 wrong-key, 0 extra. Documents 1-6 (ordinary) alone
//     221/222; documents 7-12 alone 157/230. Development data dev35 since
//     then.
//   - unseen34 (the thirty-fifth holdout, 12 documents, 455 rows, half
//     ordinary; 4 PDF twins, 146 rows): measured blind at parse-54 on
//     2026-12-05: 394/455 = 86.6 % (PDF twins 110/146 = 75.3 %), 0 wrong
//     values, 0 wrong-key, 0 extra. Documents 1-6 (ordinary) alone
//     235/242; documents 7-12 alone 159/213. Development data dev36 since
//     then.
//   - unseen35 (the thirty-sixth holdout, 12 documents, 451 rows, half
//     ordinary; 4 PDF twins, 151 rows): measured blind at parse-55 on
//     2026-12-05: 396/451 = 87.8 % (PDF twins 137/151 = 90.7 %), 1 wrong
//     value (flagged), 0 silent-wrong, 0 wrong-key, 0 extra. Documents
//     1-6 (ordinary) alone 250/260; documents 7-12 alone 146/191.
//     Development data dev37 since then.
//   - unseen36 (the thirty-seventh holdout, 12 documents, 521 rows, half
//     ordinary; 4 PDF twins, 163 rows): measured blind at parse-56 on
//     2026-12-05: 442/521 = 84.8 % (PDF twins 99/163 = 60.7 %), 0
//     silent-wrong values, 7 wrong-key, 0 extra. Documents 1-6 (ordinary)
//     alone 260/286, none wrong; documents 7-12 alone 182/235 with the 7
//     wrong keys. Development data dev38 since then.
//   - unseen37 (the thirty-eighth holdout, 12 documents, 515 rows, half
//     ordinary; 4 PDF twins, 170 rows): measured blind at parse-57 on
//     2026-12-05: 460/515 = 89.3 % (PDF twins 153/170 = 90.0 %, 5 wrong,
//     all flagged), 2 wrong (1 flagged, 1 wrong-key; 0 silent-wrong
//     values), 0 extra. Documents 1-6 (ordinary) alone 286/289 with both
//     wrong rows; documents 7-12 alone 174/226, none wrong. Development
//     data dev39 since then.
//   - unseen38 (the thirty-ninth holdout, 12 documents, 520 rows, half
//     ordinary; 4 PDF twins, 169 rows): measured blind at parse-58 on
//     2026-12-05: 466/520 = 89.6 % (PDF twins 156/169 = 92.3 %, none
//     wrong), 1 wrong value (flagged; 0 silent-wrong, 0 wrong-key), 1
//     extra. Documents 1-6 (ordinary) alone 294/295 with the extra row;
//     documents 7-12 alone 172/225 with the flagged value. Development
//     data dev40 since then.
//   - unseen39 (the fortieth holdout, 12 documents, 420 rows, half
//     ordinary; 4 PDF twins, 141 rows): measured blind at parse-60 on
//     2026-12-05: 349/420 = 83.1 % (PDF twins 122/141 = 86.5 %, 5 wrong:
//     4 flagged, 1 wrong-key), 1 wrong value (flagged; 0 silent-wrong, 0
//     wrong-key), 0 extra. Documents 1-6 (ordinary) alone 195/196, none
//     wrong; documents 7-12 alone 154/224 with the flagged value.
//     Development data dev41 since then.
//   - unseen40 (the forty-first holdout, 12 documents, 478 rows, half
//     ordinary; 4 PDF twins, 185 rows): measured blind at parse-61 on
//     2026-12-06: 454/478 = 95.0 % (PDF twins 171/185 = 92.4 %, none
//     wrong), 0 wrong, 0 extra. Documents 1-6 (ordinary) alone 236/236;
//     documents 7-12 alone 218/242. The same at parse-62. Development
//     data dev42 since then.
//   - unseen41 (the forty-second holdout, 12 documents, 420 rows, half
//     ordinary; 4 PDF twins, 129 rows): measured blind at parse-62 +
//     dad5ad2 on 2026-12-06: 385/420 = 91.7 % (PDF twins 115/129 = 89.1 %,
//     none wrong), 0 wrong, 0 extra. Documents 1-6 (ordinary) alone
//     220/220; documents 7-12 alone 165/200.
//     Development data dev43 since then.
//   - unseen42 (the forty-third holdout, 12 documents, 425 rows, half
//     ordinary; 4 PDF twins, 153 rows): measured blind at parse-63 on
//     2026-12-06: 382/425 = 89.9 % (PDF twins 146/153 = 95.4 %, none
//     wrong), 1 wrong value (flagged), 0 extra. Documents 1-6 (ordinary)
//     alone 184/185; documents 7-12 alone 198/240 with the flagged value.
//     The same at parse-64. Development data dev44 since then.
//   - unseen43 (the forty-fourth holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 151 rows): measured blind at parse-64 on
//     2026-12-06: 397/464 = 85.6 % (PDF twins 124/151 = 82.1 %, none
//     wrong), 0 wrong, 0 extra. Documents 1-6 (ordinary) alone 204/204;
//     documents 7-12 alone 193/260. Development data dev45 since then.
//   - unseen44 (the forty-fifth holdout, 12 documents, 437 rows, half
//     ordinary; 4 PDF twins, 154 rows): measured blind at parse-64 +
//     1171d58 on 2026-12-06: 397/437 = 90.8 % (PDF twins 134/154 =
//     87.0 %, none wrong), 0 wrong, 0 extra. Documents 1-6 (ordinary)
//     alone 239/239; documents 7-12 alone 158/198. The same at parse-65 (round 31).
//     Development data dev46 since then.
//   - unseen45 (the forty-sixth holdout, 12 documents, 447 rows, half
//     ordinary; 4 PDF twins, 159 rows): measured blind at parse-65 +
//     d56b631 on 2026-12-06: 405/447 = 90.6 % (PDF twins 137/159 =
//     86.2 %, 2 wrong keys), 7 wrong keys, 0 wrong values, 0 extra.
//     Documents 1-6 (ordinary) alone 264/264; documents 7-12 alone
//     141/183 with the 7 wrong keys. Development data dev47 since then.
//   - unseen46 (the forty-seventh holdout, 12 documents, 492 rows, half
//     ordinary; 4 PDF twins, 146 rows): measured blind at parse-66 on
//     2026-12-06: 432/492 = 87.8 % (PDF twins 125/146 = 85.6 %, 1
//     flagged), 1 wrong value (flagged), 0 silent-wrong, 0 extra.
//     Documents 1-6 (ordinary) alone 234/238; documents 7-12 alone
//     198/254 with the flagged value. Development data dev48 since then.
//   - unseen47 (the forty-eighth holdout, 12 documents, 462 rows, half
//     ordinary; 4 PDF twins, 153 rows): measured blind at parse-66 + the
//     round-34 readers (7445971) on 2026-12-06: 398/462 = 86.1 % (PDF
//     twins 136/153 = 88.9 %, none wrong), 0 wrong, 0 extra. Documents 1-6
//     (ordinary) alone 245/245; documents 7-12 alone 153/217. Development
//     data dev49 since then.
//   - unseen48 (the forty-ninth holdout, 12 documents, 458 rows, half
//     ordinary; 4 PDF twins, 155 rows): measured blind at parse-67 +
//     df96413 on 2026-12-06: 418/458 = 91.3 % (PDF twins 136/155 =
//     87.7 %, 1 wrong key), 1 wrong key, 0 wrong values, 0 extra.
//     Documents 1-6 (ordinary) alone 258/259 with the wrong key;
//     documents 7-12 alone 160/199. Development data dev50 since then.
//   - unseen49 (the fiftieth holdout, 12 documents, 478 rows, half
//     ordinary; 4 PDF twins, 181 rows): measured blind at b0f16a6 and at
//     parse-68 (9e83b44), parse-69 and parse-70 on 2026-12-06: 431/478 = 90.2 %
//     each time (PDF twins 168/181 = 92.8 %), 0 wrong, 0 extra. Documents
//     1-6 (ordinary) alone 256/256; documents 7-12 alone 175/222.
//     Development data dev51 since then.
//   - unseen50 (the fifty-first holdout, 12 documents, 431 rows, half
//     ordinary; 4 PDF twins, 166 rows): measured blind at parse-70
//     (c80abc84) on 2026-12-06: 384/431 = 89.1 % (PDF twins 154/166 =
//     92.8 %), 0 wrong, 0 extra. Documents 1-6 (ordinary) alone 202/202;
//     documents 7-12 alone 182/229. Development data dev52 since then.
//   - unseen51 (the fifty-second holdout, 12 documents, 452 rows, half
//     ordinary; 4 PDF twins, 153 rows): measured blind at parse-70 and at
//     109382bf on 2026-12-06, the same: 398/452 = 88.1 % (PDF twins
//     136/153 = 88.9 %), 9 wrong values, all flagged (0 silent-wrong, 0
//     wrong keys), 0 extra. Documents 1-6 (ordinary) alone 239/248 with the
//     9 flagged; documents 7-12 alone 159/204. Development data dev53 since.
//   - unseen52 (the fifty-third holdout, 12 documents, 480 rows, half
//     ordinary; 4 PDF twins, 165 rows): measured blind at 4e0e72a3 on
//     2026-12-06: 434/480 = 90.4 % (PDF twins 123/165 = 74.5 %, 1 wrong
//     key), 12 wrong values, all flagged, 0 silent-wrong, 0 extra.
//     Documents 1-6 (ordinary) alone 257/269 with the 12 flagged;
//     documents 7-12 alone 177/211. Development data dev54 since.
//   - unseen53 (the fifty-fourth holdout, 12 documents, 458 rows, half
//     ordinary; 4 PDF twins, 142 rows): measured blind at c7bfbb9d
//     (parse-71) on 2026-12-06: 378/458 = 82.5 % (PDF twins 115/142 =
//     81.0 %), 23 wrong values, all flagged, 0 silent-wrong, 0 wrong keys,
//     0 extra. Documents 1-6 (ordinary) alone 217/240 with the 23
//     flagged; documents 7-12 alone 161/218. Development data dev55 since.
//   - unseen54 (the fifty-fifth holdout, 12 documents, 460 rows, half
//     ordinary; 4 PDF twins, 159 rows): measured blind at b0d8f7b6
//     (parse-72) on 2026-12-06: 419/460 = 91.1 % (PDF twins 152/159 =
//     95.6 %), 0 wrong, 0 extra. Documents 1-6 (ordinary) alone 263/263;
//     documents 7-12 alone 156/197. Development data dev56 since.
//   - unseen55 (the fifty-sixth holdout, 12 documents, 475 rows, half
//     ordinary; 4 PDF twins, 143 rows): measured blind at 671fff15
//     (parse-72) on 2026-12-06: 424/475 = 89.3 % (PDF twins 61/143 =
//     42.7 %), 0 wrong, 0 extra. Documents 1-6 (ordinary) alone 251/258;
//     documents 7-12 alone 173/217; the same at 5724b9f3 (parse-73).
//     Development data dev57 since.
//   - unseen56 (the fifty-seventh holdout, 12 documents, 462 rows, half
//     ordinary; 4 PDF twins, 165 rows): measured blind at aa75cd06
//     (parse-73 / pdftext-34) on 2026-12-06: 421/462 = 91.1 % (PDF twins
//     153/165 = 92.7 %), 0 wrong, 0 extra. Documents 1-6 (ordinary) alone
//     241/241; documents 7-12 alone 180/221. Development data dev58 since.
//   - unseen57 (the fifty-eighth holdout, 12 documents, 478 rows, half
//     ordinary; 4 PDF twins, 160 rows): measured blind at dccfd3ff
//     (parse-73 / pdftext-34, half of round 42) on 2026-12-06: 439/478 =
//     91.8 %, 0 wrong; PDF twins 102/160 = 63.8 % with 9 wrong keys.
//     Documents 1-6 (ordinary) alone 253/253; documents 7-12 alone
//     186/225. Development data dev59 since.
//   - unseen58 (the fifty-ninth holdout, 12 documents, 425 rows, half
//     ordinary; 4 PDF twins, 158 rows): measured blind at 02f73615
//     (parse-74 / pdftext-34) on 2026-12-06: 370/425 = 87.1 %, 26 wrong
//     (25 flagged, 1 wrong key, 0 silent), all in documents 1-6 (206/232);
//     documents 7-12 alone 164/193, none wrong; PDF twins 117/158, 25
//     flagged. Development data dev60 since.
//   - unseen59 (the sixtieth holdout, 12 documents, 486 rows, half
//     ordinary; 4 PDF twins, 157 rows): measured blind at cedc04a9
//     (parse-74 / pdftext-34) on 2026-12-06: 457/486 = 94.0 %, 2 wrong
//     (both flagged, 0 wrong keys, 0 silent), in documents 1-6 (268/270);
//     documents 7-12 alone 189/216, none wrong; PDF twins 135/157, none
//     wrong. Development data dev61 since.
//   - unseen60 (the sixty-first holdout, 12 documents, 427 rows, half
//     ordinary; 4 PDF twins, 127 rows): measured blind at 9b159f97
//     (parse-75 / pdftext-35) on 2026-12-06: 394/427 = 92.3 %, none
//     wrong; documents 1-6 alone 213/213, documents 7-12 alone 181/214;
//     PDF twins 15/127, 2 wrong, both flagged. Development data dev62 since.
//   - unseen61 (the sixty-second holdout, 12 documents, 481 rows, half
//     ordinary; 4 PDF twins, 153 rows): measured blind at 10007e18
//     (parse-76 / pdftext-36) on 2026-12-06: 458/481 = 95.2 %, none
//     wrong; documents 1-6 alone 254/254, documents 7-12 alone 204/227;
//     PDF twins 153/153. Development data dev63 since.
//   - unseen62 (the sixty-third holdout, 12 documents, 458 rows, half
//     ordinary; 4 PDF twins, 149 rows): measured blind at 13e98005
//     (parse-77 / pdftext-37) on 2026-12-06: 449/458 = 98.0 %, 1 wrong
//     (flagged); documents 1-6 alone 238/238, documents 7-12 alone
//     211/220; PDF twins 146/149, none wrong. Development data dev64 since.
//   - unseen63 (the sixty-fourth holdout, 12 documents, 474 rows, half
//     ordinary; 4 PDF twins, 161 rows): measured blind at 872fd4fd
//     (parse-78 / pdftext-37) on 2026-12-06: 462/474 = 97.5 %, none
//     wrong; documents 1-6 alone 264/264, documents 7-12 alone 198/210;
//     PDF twins 104/161, 3 wrong keys. Development data dev65 since.
//   - unseen64 (the sixty-fifth holdout, 12 documents, 450 rows, half
//     ordinary; 4 PDF twins, 145 rows): measured blind at a6873e5c
//     (parse-80 / pdftext-38) on 2026-12-06: 449/450 = 99.8 %, 1 wrong
//     (flagged); documents 1-6 alone 207/207, documents 7-12 alone
//     242/243; PDF twins 118/145, 7 wrong keys. Development data dev66 since.
//   - unseen65 (the sixty-sixth holdout, 12 documents, 484 rows, half
//     ordinary; 4 PDF twins, 163 rows): measured blind at 579bfdcd
//     (parse-81 / pdftext-39) on 2026-12-06: 416/484 = 86.0 %, 30 wrong
//     (23 flagged, 7 wrong keys); documents 1-6 alone 247/254, documents
//     7-12 alone 169/230; PDF twins 138/163, 15 flagged. Development data
//     dev67 since.
//   - unseen66 (the sixty-seventh holdout, 12 documents, 460 rows, half
//     ordinary; 4 PDF twins, 156 rows): measured blind at db6557e6
//     (parse-83 / pdftext-39) on 2026-12-06: 420/460 = 91.3 %, 40 wrong,
//     all flagged; documents 1-6 alone 221/221, documents 7-12 alone
//     199/239; PDF twins 156/156. Development data dev68 since.
//   - unseen67 (the sixty-eighth holdout, 12 documents, 451 rows, half
//     ordinary; 4 PDF twins, 164 rows): measured blind at 95212f81
//     (parse-85 / pdftext-40) on 2026-12-07: 438/451 = 97.1 %, 6 wrong
//     keys; documents 1-6 alone 227/227, documents 7-12 alone 211/224;
//     PDF twins 97/164, 39 flagged. Development data dev69 since.
//   - unseen68 (the sixty-ninth holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 151 rows): measured blind at 03da80dc
//     (parse-87 / pdftext-41) on 2026-12-07: 436/449 = 97.1 %, 9 wrong,
//     all flagged; documents 1-6 alone 244/244, documents 7-12 alone
//     192/205; PDF twins 31/151, 12 flagged. Development data dev70 since.
//   - unseen69 (the seventieth holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 163 rows): measured blind at c766c7c4
//     (parse-87 / pdftext-41) on 2026-12-07: 429/464 = 92.5 %, 28 wrong,
//     all flagged; documents 1-6 alone 255/255, documents 7-12 alone
//     174/209; PDF twins 158/163, 3 flagged, 2 wrong keys. Development
//     data dev71 since.
//   - unseen70 (the seventy-first holdout, 12 documents, 439 rows, half
//     ordinary; 4 PDF twins, 153 rows): measured blind at a095bb84
//     (parse-88 / pdftext-42) on 2026-12-07: 410/439 = 93.4 %, 12 wrong,
//     all flagged, 7 extra; documents 1-6 alone 217/217, documents 7-12
//     alone 193/222; PDF twins 138/153, none wrong. Development data
//     dev72 since.
//   - unseen71 (the seventy-second holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 143 rows): measured blind at 3f187ceb
//     (parse-90 / pdftext-42) on 2026-12-07: 426/449 = 94.9 %, 22 wrong,
//     all flagged, 1 missing, none extra; documents 1-6 alone 244/244,
//     documents 7-12 alone 182/205; PDF twins 82/143, 14 wrong, all
//     flagged. Development data dev73 since.
//   - unseen72 (the seventy-third holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 159 rows): measured blind at acc41b37
//     (parse-91 / pdftext-43) on 2026-12-07: 460/464 = 99.1 %, 4 wrong,
//     all flagged, none missing or extra; documents 1-6 alone 209/209,
//     documents 7-12 alone 251/255; PDF twins 90/159, none wrong, 69
//     missing. Development data dev74 since.
//   - unseen73 (the seventy-fourth holdout, 12 documents, 437 rows, half
//     ordinary; 4 PDF twins, 153 rows): measured blind at 11b3c1dc
//     (parse-92 / pdftext-44) on 2026-12-07: 422/437 = 96.6 %, 8 wrong,
//     all flagged, 7 missing, 7 extra; documents 1-6 alone 222/222,
//     documents 7-12 alone 200/215; PDF twins 139/153, 7 wrong, all
//     flagged. Development data dev75 since.
//   - unseen74 (the seventy-fifth holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 154 rows): measured blind at ebbe32f1
//     (parse-93 / pdftext-44) on 2026-12-07: 438/449 = 97.6 %, 4 wrong,
//     all flagged, 7 missing, none extra; documents 1-6 alone 244/244,
//     documents 7-12 alone 194/205; PDF twins 152/154, none wrong, 2
//     missing. Development data dev76 since.
//   - unseen75 (the seventy-sixth holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 133 rows): measured blind at 369b74b3
//     (parse-93 / pdftext-45) on 2026-12-07: 444/464 = 95.7 %, 14 wrong,
//     13 flagged and 1 silent (a spelled-out opinion's tercapai NULL with
//     no finding), 6 missing, none extra; documents 1-6 alone 209/209,
//     documents 7-12 alone 235/255; PDF twins 120/133, 13 wrong, all
//     flagged. Development data dev77 since.
//   - unseen76 (the seventy-seventh holdout, 12 documents, 439 rows, half
//     ordinary; 4 PDF twins, 145 rows): measured blind at 3405a098
//     (parse-94 / pdftext-45) on 2026-12-07: 431/439 = 98.2 %, 1 wrong
//     key, 7 missing, none extra; documents 1-6 alone 236/236, documents
//     7-12 alone 195/203; PDF twins 139/145, 1 wrong key, 5 missing.
//     Development data dev78 since.
//   - unseen77 (the seventy-eighth holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 144 rows): measured blind at 83361442
//     (parse-95 / pdftext-45) on 2026-12-07: 443/449 = 98.7 %, 2 wrong
//     keys, 4 missing, none extra; documents 1-6 alone 205/205, documents
//     7-12 alone 238/244; PDF twins 140/144, none wrong, 4 missing.
//     Development data dev79 since.
//   - unseen78 (the seventy-ninth holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 153 rows): measured blind at acc2b781
//     (parse-96 / pdftext-45) on 2026-12-07: 459/464 = 98.9 %, 5 wrong,
//     all flagged, 1 extra; documents 1-6 alone 255/255, documents 7-12
//     alone 204/209; PDF twins 130/153, 12 wrong flagged, 11 missing, 1
//     extra. Development data dev80 since.
//   - unseen79 (the eightieth holdout, 12 documents, 439 rows, half
//     ordinary; 4 PDF twins, 145 rows): measured blind at 7afe38ec
//     (parse-97 code / pdftext-46) on 2026-12-07: 427/439 = 97.3 %, none
//     wrong, 12 missing, none extra; documents 1-6 alone 203/203, documents
//     7-12 alone 224/236; PDF twins 143/145, none wrong, 2 missing.
//     Development data dev81 since.
//   - unseen80 (the eighty-first holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 155 rows): measured blind at 5ebb51dc
//     (parse-97 / pdftext-46) on 2026-12-07: 434/449 = 96.7 %, none wrong,
//     15 missing, none extra; documents 1-6 alone 244/244, documents 7-12
//     alone 190/205; PDF twins 139/155, none wrong, 16 missing.
//     Development data dev82 since.
//   - unseen81 (the eighty-second holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 136 rows): measured blind at c90c7b3b
//     (parse-98 / pdftext-47) on 2026-12-07: 463/464 = 99.8 %, none wrong,
//     1 missing, none extra; documents 1-6 alone 209/209, documents 7-12
//     alone 254/255; PDF twins 130/136, none wrong, 6 missing.
//     Development data dev83 since.
//   - unseen82 (the eighty-third holdout, 12 documents, 439 rows, half
//     ordinary; 4 PDF twins, 166 rows): measured blind at a8a307ce
//     (parse-98 with dev83's column-title DPT totals / pdftext-47) on
//     2026-12-07: 439/439 = 100 %, none wrong, none missing, 1 extra;
//     documents 1-6 alone 236/236, documents 7-12 alone 203/203; PDF twins
//     133/166, 33 wrong (all flagged), none missing.
//     Development data dev84 since.
//   - unseen83 (the eighty-fourth holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 154 rows): measured blind at a079e332
//     (parse-99 / pdftext-48) on 2026-12-07: 443/449 = 98.7 %, none wrong,
//     6 missing, none extra; documents 1-6 alone 205/205, documents 7-12
//     alone 238/244; PDF twins 149/154, none wrong, 5 missing.
//     Development data dev85 since.
//   - unseen84 (the eighty-fifth holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 150 rows): measured blind at 27f376ce
//     (parse-100 / pdftext-48) on 2026-12-07: 464/464 = 100 %, none
//     wrong, missing or extra; documents 1-6 alone 255/255, documents 7-12
//     alone 209/209; PDF twins 150/150.
//     Development data dev86 since.
//   - unseen85 (the eighty-sixth holdout, 12 documents, 439 rows, half
//     ordinary; 4 PDF twins, 134 rows): measured blind at fca650d5
//     (parse-101 / pdftext-49) on 2026-12-07: 430/439 = 97.9 %, 3 wrong
//     (all wrong keys), 6 missing, none extra; documents 1-6 alone
//     203/203, documents 7-12 alone 227/236; PDF twins 124/134, none
//     wrong, 10 missing.
//     Development data dev87 since.
//   - unseen86 (the eighty-seventh holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 145 rows): measured blind at 9e60bc7e
//     (parse-102 / pdftext-50) on 2026-12-07: 444/449 = 98.9 %, none
//     wrong, 5 missing, none extra; documents 1-6 alone 244/244,
//     documents 7-12 alone 200/205; PDF twins 145/145.
//     Development data dev88 since.
//   - unseen87 (the eighty-eighth holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 147 rows): measured blind at 596536a3
//     (parse-102 / pdftext-51) on 2026-12-07: 455/464 = 98.1 %, none
//     wrong, 9 missing, none extra; documents 1-6 alone 209/209,
//     documents 7-12 alone 246/255; PDF twins 147/147.
//     Development data dev89 since.
//   - unseen88 (the eighty-ninth holdout, 12 documents, 439 rows, half
//     ordinary; 4 PDF twins, 156 rows, two of them exported by
//     LibreOffice): measured blind at bf665e6c (parse-103 / pdftext-51)
//     on 2026-12-07: 425/439 = 96.8 %, none wrong, 14 missing, none
//     extra; documents 1-6 alone 236/236, documents 7-12 alone 189/203;
//     PDF twins 156/156.
//     Development data dev90 since.
//   - unseen89 (the ninetieth holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 138 rows, two of them LibreOffice exports):
//     measured blind at 0698cba1 (parse-105 / pdftext-53) on 2026-12-07:
//     448/449 = 99.8 %, none wrong, 1 missing, 2 extra; documents 1-6
//     alone 205/205, documents 7-12 alone 243/244; PDF twins 137/138,
//     2 extra.
//     Development data dev91 since.
//   - unseen90 (the ninety-first holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 150 rows, two of them LibreOffice exports):
//     measured blind at 2fb8994d (parse-106 / pdftext-54) on 2026-12-07:
//     462/464 = 99.6 %, none wrong, 2 missing, 0 extra; documents 1-6
//     alone 255/255, documents 7-12 alone 207/209; PDF twins 150/150.
//     Development data dev92 since.
//   - unseen91 (the ninety-second holdout, 12 documents, 439 rows, half
//     ordinary; 4 PDF twins, 153 rows, one look a LibreOffice export):
//     measured blind at a24b5941 (parse-107 / pdftext-54) on 2026-12-07:
//     438/439 = 99.8 %, none wrong, 1 missing, 0 extra; documents 1-6
//     alone 203/203, documents 7-12 alone 235/236; PDF twins 143/153,
//     10 budget values wrong, all flagged.
//     Development data dev93 since.
//   - unseen92 (the ninety-third holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 159 rows, one look a LibreOffice export):
//     measured blind at 7b627268 (parse-108 / pdftext-55) on 2026-12-07:
//     442/449 = 98.4 %, none wrong, 7 missing, 1 extra; documents 1-6
//     alone 244/244, documents 7-12 alone 198/205; PDF twins 158/159.
//     Development data dev94 since.
//   - unseen93 (the ninety-fourth holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 159 rows, one look a LibreOffice export):
//     measured blind at da8193e6 (parse-109 / pdftext-56) on 2026-12-07:
//     464/464 = 100 %, none wrong, none missing, none extra; documents
//     1-6 alone 209/209, documents 7-12 alone 255/255; PDF twins 159/159.
//     Development data dev95 since.
//   - unseen94 (the ninety-fifth holdout, 12 documents, 439 rows, half
//     ordinary; 4 PDF twins, 143 rows, one look a LibreOffice export):
//     measured blind at e282037f (parse-109 / pdftext-56) on 2026-12-07:
//     434/439 = 98.9 %, none wrong, 5 missing, 0 extra; documents 1-6
//     alone 236/236, documents 7-12 alone 198/203; PDF twins 143/143.
//     Development data dev96 since.
//   - unseen95 (the ninety-sixth holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 146 rows, one look a LibreOffice export):
//     measured blind at d5277ea2 (parse-110 / pdftext-56) on 2026-12-07:
//     441/449 = 98.2 %, 7 wrong (all flagged), 1 missing, 0 extra;
//     documents 1-6 alone 205/205, documents 7-12 alone 236/244; PDF
//     twins 139/146, 7 wrong (flagged).
//     Development data dev97 since.
//   - unseen96 (the ninety-seventh holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 132 rows, one look a LibreOffice export):
//     measured blind at f58a3070 (parse-111 / pdftext-56) on 2026-12-07:
//     455/464 = 98.1 %, none wrong, 9 missing, 0 extra; documents 1-6
//     alone 255/255, documents 7-12 alone 200/209; PDF twins 80/132, 6
//     wrong (flagged), 46 missing.
//     Development data dev98 since.
//   - unseen97 (the ninety-eighth holdout, 12 documents, 439 rows, half
//     ordinary; 4 PDF twins, 135 rows, one look a LibreOffice export):
//     measured blind at 91f54e98 (parse-112 / pdftext-57) on 2026-12-07:
//     406/439 = 92.5 %, 10 wrong (8 flagged, 2 wrong keys), 23 missing,
//     0 extra; documents 1-6 alone 203/203, documents 7-12 alone
//     203/236; PDF twins 133/135, 2 wrong keys.
//     Development data dev99 since.
//   - unseen98 (the ninety-ninth holdout, 12 documents, 449 rows, half
//     ordinary; 4 PDF twins, 155 rows, one look a LibreOffice export):
//     measured blind at 7095d152 (parse-113 / pdftext-57) on 2026-12-07:
//     449/449 = 100 %; documents 1-6 alone 244/244, documents 7-12 alone
//     205/205; PDF twins 151/155, 4 wrong (flagged).
//     Development data dev100 since.
//   - unseen99 (the hundredth holdout, 12 documents, 464 rows, half
//     ordinary; 4 PDF twins, 154 rows, one look a LibreOffice export):
//     measured blind at 45e2fc90 (parse-115 / pdftext-57) on 2026-12-07:
//     439/464 = 94.6 %, 17 wrong (11 flagged, 6 silent), 8 missing;
//     documents 1-6 alone 209/209, documents 7-12 alone 230/255; PDF
//     twins 97/154, 26 wrong (2 wrong keys), 31 missing.
//     Development data dev101 since.
//   - unseen100 (the hundred-and-first holdout, 12 documents, 438 rows,
//     half ordinary; 4 PDF twins, 155 rows, one look a LibreOffice export):
//     measured blind at 1e75a600 (parse-116 / pdftext-58) on 2026-12-07:
//     416/438 = 95.0 %, 15 wrong (all flagged), 7 missing; documents 1-6
//     alone 235/235, documents 7-12 alone 181/203; PDF twins 141/155,
//     7 wrong (flagged), 7 missing.
//     Development data dev102 since.
//   - unseen101 (the hundred-and-second holdout, 12 documents, 449 rows,
//     half ordinary; 4 PDF twins, 166 rows, one look a LibreOffice export):
//     measured blind at 43dd32ec (parse-117 / pdftext-58) on 2026-12-07:
//     437/449 = 97.3 %, none wrong, 12 missing; documents 1-6 alone
//     205/205, documents 7-12 alone 232/244; PDF twins 153/166, none
//     wrong, 13 missing.
//     Development data dev103 since.
//   - unseen102 (the hundred-and-third holdout, 12 documents, 464 rows,
//     half ordinary; 4 PDF twins, 152 rows, one look a LibreOffice export):
//     measured blind at d14342d6 (parse-119 / pdftext-59) on 2026-12-07:
//     440/464 = 94.8 %, 4 wrong (3 flagged, 1 wrong key), 20 missing;
//     documents 1-6 alone 255/255, documents 7-12 alone 185/209; PDF
//     twins 126/152, 1 wrong key, 25 missing.
//     Development data dev104 since.
//   - unseen103 (the hundred-and-fourth holdout, 12 documents, 438 rows,
//     half ordinary; 4 PDF twins, 159 rows, one look a LibreOffice export):
//     measured blind at abedd173 (parse-120 / pdftext-60) on 2026-12-07:
//     406/438 = 92.7 %, 3 wrong (2 wrong keys), 29 missing; documents 1-6
//     alone 203/203, documents 7-12 alone 203/235; PDF twins 150/159,
//     2 wrong keys, 7 missing.
//     Development data dev105 since.
//   - unseen104 (the hundred-and-fifth holdout, 12 documents, 449 rows,
//     half ordinary; 4 PDF twins, 145 rows, one look a LibreOffice export):
//     measured blind at 9008cc81 (parse-122 / pdftext-60) on 2026-12-07:
//     449/449 = 100 %; documents 1-6 alone 244/244, documents 7-12 alone
//     205/205; PDF twins 145/145.
//     Development data dev106 since.
//   - unseen105 (the hundred-and-sixth holdout, 12 documents, 464 rows,
//     half ordinary; 4 PDF twins, 153 rows, one look a LibreOffice export):
//     measured blind at d22b7ac1 (parse-122 / pdftext-60) on 2026-12-07:
//     443/464 = 95.5 %, 17 wrong (all flagged), 4 missing; documents 1-6
//     alone 209/209, documents 7-12 alone 234/255; PDF twins 149/153,
//     none wrong, 4 missing.
//     Development data dev107 since.
//   - unseen106 (the hundred-and-seventh holdout, 12 documents, 438 rows,
//     half ordinary; 4 PDF twins, 147 rows, one look a LibreOffice export):
//     measured blind at c98467a6 (parse-123 / pdftext-60) on 2026-12-07:
//     433/438 = 98.9 %, 2 wrong (both flagged), 3 missing, 1 extra;
//     documents 1-6 alone 235/235, documents 7-12 alone 198/203; PDF twins
//     136/147, 2 wrong (flagged), 9 missing, 16 extra.
//     Development data dev108 since.
//   - unseen107 (the hundred-and-eighth holdout, 12 documents, 449 rows,
//     half ordinary; 4 PDF twins, 147 rows, one look a LibreOffice export):
//     measured at d611226c (parse-124 / pdftext-61) on 2026-12-07, blind
//     to the parser but after reading its README's documents table:
//     418/449 = 93.1 %, 13 wrong (all flagged), 18 missing; documents 1-6
//     alone 205/205, documents 7-12 alone 213/244; PDF twins 130/147, 13
//     wrong (flagged), 4 missing.
//     Development data dev109 since.
//   - unseen108 (the hundred-and-ninth holdout, 12 documents, 464 rows,
//     half ordinary; 4 PDF twins, 144 rows, one look a LibreOffice export):
//     measured blind at ece13deb (parse-126 / pdftext-61) on 2026-12-07:
//     443/464 = 95.5 %, 21 wrong (all flagged); documents 1-6 alone
//     255/255, documents 7-12 alone 188/209; PDF twins 129/144, 15 wrong
//     (flagged).
//     Development data dev110 since.
//   - unseen109 (the hundred-and-tenth holdout, 12 documents, 438 rows,
//     half ordinary; 4 PDF twins, 156 rows, one look a LibreOffice export):
//     measured blind at 7f717d63 (parse-127 / pdftext-61) on 2026-12-07:
//     390/438 = 89.0 %, 4 wrong (all flagged), 44 missing; documents 1-6
//     alone 203/203, documents 7-12 alone 187/235; PDF twins 152/156, 4
//     wrong (flagged).
//     Development data dev111 since.
//   - unseen110 (the hundred-and-eleventh holdout, 12 documents, 449 rows,
//     half ordinary; 4 PDF twins, 146 rows, one look a LibreOffice export):
//     measured blind at 9d7ba407 (parse-128 / pdftext-62) on 2026-12-07:
//     428/449 = 95.3 %, 11 wrong (all flagged), 10 missing; documents 1-6
//     alone 244/244, documents 7-12 alone 184/205; PDF twins 146/146.
//     Development data dev112 since.
//
// A new hold-out set, when there is one, is never scored here and never
// opened by parser developers: it measures overfitting to these corpora.
var blindBar = map[string]struct {
	minExact  float64
	maxSilent int
}{
	"dev":    {minExact: 1.0, maxSilent: 0},
	"dev2":   {minExact: 1.0, maxSilent: 0},
	"dev3":   {minExact: 1.0, maxSilent: 0},
	"dev4":   {minExact: 0.986, maxSilent: 0},
	"dev5":   {minExact: 1.0, maxSilent: 0},
	"dev6":   {minExact: 1.0, maxSilent: 0},
	"dev7":   {minExact: 1.0, maxSilent: 0},
	"dev8":   {minExact: 1.000, maxSilent: 0}, // 390/394 at h-accc: yearly-target matrices proven by the capaian; 394/394 with a realisation series by indicator columns read (h-left42, parse-63)
	"dev9":   {minExact: 1.0, maxSilent: 0},
	"dev10":  {minExact: 1.0, maxSilent: 0},
	"dev11":  {minExact: 1.0, maxSilent: 0},
	"dev12":  {minExact: 1.0, maxSilent: 0},   // 401/401 once h-acca, h-accb, h-accc and h-pdf are merged
	"dev14":  {minExact: 1, maxSilent: 0},     // 508/508 with budget, components and RB tables on their side read (h-trans27); 469/508 with SAKIP scores bound to the year beside them (h-sakip14); 220/508 blind as unseen12 (parse-26); 287 at parse-28; 467/508 at parse-30 with round 5 (sheet grids, form boxes, tree views, joined tables, bounds, ditto, formulas); 492/508 with a table on its side joined over its (sambungan) blocks (h-trans14); 469/508 with SAKIP scores bound to the year beside them (h-sakip14); 220/508 blind as unseen12 (parse-26); 287 at parse-28; 467/508 at parse-30 with round 5 (sheet grids, form boxes, tree views, joined tables, bounds, ditto, formulas)
	"dev15":  {minExact: 1.000, maxSilent: 0}, // 473/473 with "nilai tahun kinerja Y adalah" scores and log captions kept off the sentence above (h-tail27); 471/473 with tables on their side read (h-trans27); 470/473 at parse-46 with KPI cards side by side (h-kpi15) and audit-log lines (h-log15) both read; 431/473 with KPI cards side by side read a card a row (h-kpi15); 386/473 with SAKIP scores bound to the year beside them (h-sakip14); 200/473 when added at parse-28 (as the holdout unseen13, blind); 241/473 with headers named by a sentence; 254/473 with bar exports' empty edge cells; 331 with h-text15a alone; 385/473 all merged (parse-31); 425/473 with tables exported as log lines (h-log15); 386/473 with SAKIP scores bound to the year beside them (h-sakip14); 200/473 when added at parse-28 (as the holdout unseen13, blind); 241/473 with headers named by a sentence; 254/473 with bar exports' empty edge cells; 331 with h-text15a alone; 385/473 all merged (parse-31); 386/473 with SAKIP scores bound to the year beside them (h-sakip14); 200/473 when added at parse-28 (as the holdout unseen13, blind); 241/473 with headers named by a sentence; 254/473 with bar exports' empty edge cells; 331 with h-text15a alone; 385/473 all merged (parse-31); 386/473 with SAKIP scores bound to the year beside them (h-sakip14); 200/473 when added at parse-28 (as the holdout unseen13, blind); 241/473 with headers named by a sentence; 254/473 with bar exports' empty edge cells; 331 with h-text15a alone; 385/473 all merged (parse-31)
	"dev16":  {minExact: 1.000, maxSilent: 0}, // 456/456 with "nilai tahun kinerja Y adalah" scores and a DPT total stated in a sentence under the table (h-tail27); 433/456 with rounds 13-14 merged (parse-43); 396/456 with the SAKIP context read past a form's navigator and tag (h-sakip14); 432/456 with sort arrows in headers, totals in a sentence under the table, rotated titles, programs proven by sums (h-budget14); 249/456 blind as unseen14 (parse-28, 1 silent-wrong, 26 wrong-key); 281 with off-year DPT, emoji names, unit columns, out-of-order budgets; 380/456 at parse-31 (chat rows, captions, two-line records, zero-padded exports); 393/456 at parse-32 (TSV quoted cells); 395/456 with a web table's third page (h-pdf22); 453/456 with a period table's target labelled with the caption's year (h-col16); 446/456 with column-after-column tables whose headers carry a unit (Pagu (Rp 000)) or close with Nilai Akhir (h-col16); 433/456 with rounds 13-14 merged (parse-43); 396/456 with the SAKIP context read past a form's navigator and tag (h-sakip14); 432/456 with sort arrows in headers, totals in a sentence under the table, rotated titles, programs proven by sums (h-budget14); 249/456 blind as unseen14 (parse-28, 1 silent-wrong, 26 wrong-key); 281 with off-year DPT, emoji names, unit columns, out-of-order budgets; 380/456 at parse-31 (chat rows, captions, two-line records, zero-padded exports); 393/456 at parse-32 (TSV quoted cells); 395/456 with a web table's third page (h-pdf22)
	"dev17":  {minExact: 1.0, maxSilent: 0},   // 252/442 blind as unseen15 (parse-29 and parse-32; 20 NULL without finding, 3 wrong-key, 3 extra); 442/442 at parse-34 with round 7 (vertical records, SMS formats, amounts in words, pair roles, quoted-printable, posters, halves joined by key, unit cells, overflow cells, reconciliation sources)
	"dev18":  {minExact: 1.000, maxSilent: 0}, // 220/414 blind as unseen16 (parse-32 and parse-34; 1 document rejected, 6 wrong-key); 359/414 at parse-35 with round 8 (cut names, derived DPT columns, program dumps, row notes, star fill, Sen columns, formatting marks, watermark letters); 383/414 with digit boxes closed up; 390/414 with budget records led by their code; 414/414 with mail merge letters read as tables
	"dev19":  {minExact: 1.0, maxSilent: 0},   // 256/406 blind as unseen17 (parse-34 and parse-35; 13 silent-wrong, 8 of them a truth settled at conversion); 406/406 at parse-36 with round 9 (chart configs, worked computations, figures broken in cells, page footers and field errors, column groups and Blokir, filter arrows, tick marks, mojibake, template example rows)
	"dev20":  {minExact: 1.000, maxSilent: 0}, // 388/447 blind as unseen18 (parse-35 and parse-36; 6 wrong-key); 433/447 at parse-37 with round 10 (dot leaders, R tibbles, short budget rows padded at the end); 446/447 at parse-38 with round 11 (amounts in Rincian | Jumlah columns read by level, prose SAKIP components led by a verb, an RB record keyed after a colon); 447/447 measured at ceccfe03 (ratchet raised)
	"dev21":  {minExact: 1.000, maxSilent: 0}, // 389/439 blind as unseen19 (parse-35 and parse-36; 1 silent-wrong, 1 wrong-key); 429/439 at parse-37 with round 10 (rule rows and lost units, 80-column breaks, two-line headers, Alokasi budgets, turnout beside the DPT, mirrored tables); 439/439 with round 11 (one budget table per program)
	"dev22":  {minExact: 1.0, maxSilent: 0},   // 367/402 blind as unseen20 (parse-36 and parse-37; 11 wrong-key: a roll keyed to the report year); 402/402 at parse-38 with round 11 (captions under tables, age-band DPT groups, control cards, indicator sheets, recapitulation forms)
	"dev23":  {minExact: 1.0, maxSilent: 0},   // 416/416 with SAKIP scores bound to the year beside them (h-sakip14); 326/416 blind as unseen21 (parse-37 and parse-38; none wrong); 411/416 at parse-39 with round 12 (subtitle cues and page posts, a GIS layer's attribute table, Stata logs, CaLK variance columns, RB and SAKIP letters in prose); 415/416 when pilih_sakip prefers the report whose components back the score
	"dev24":  {minExact: 1.0, maxSilent: 0},   // 379/431 blind as unseen22 (parse-37), 380/431 at parse-38 to parse-40, none wrong; 431/431 at parse-41 with round 13 (thread posts, SKP printouts, short-header rolls, SAKIP proven by its predikat, dialogue turns, budget list items)
	"dev26":  {minExact: 1.0, maxSilent: 0},   // 363/436 blind as unseen24 (parse-42, parse-43 and parse-44; none wrong); 436/436 at parse-45 with round 15 (flattened tables closed by a final score, statistics-package tables, iCalendar events and ticked checklist items, task-board cards and PDF form fields, TOML data files, presentation outlines and "serapan p% (Rp A dari Rp B)")
	"dev27":  {minExact: 1.0, maxSilent: 0},   // 355/425 blind as unseen25 (parse-44, parse-45 and parse-46; none wrong); 425/425 at parse-47 with round 17 (DPT items of a running text and a video's chapters, notes pages' capaian and SAKIP components, an OCR'd ruled form, Berita Acara forms with dotted blanks, an SQL*Plus spool)
	"dev30":  {minExact: 1.0, maxSilent: 0},   // 350/407 blind as unseen28 at parse-48 and parse-49 (3 wrong values with a finding); 357/407 with the strategy map's boxes (h-strat30, box_map.go); 357/407 with the banded budget print alone (h-sakti30, anggaran_banded.go); 363/407 with the dashboard table alone (h-dash30, dash_table.go); 353/407 and 0 wrong with continued budget tables keeping their program (h-cont30); 371/407 with the press release's items alone (h-press30, dpt_press.go); 401/407 with the five; 356/407 with the e-office letter page and the earlier year's sentence alone (h-srik30, sakip_eoffice.go, sakip_earlier_year.go); 407/407 with the six
	"dev31":  {minExact: 1.0, maxSilent: 0},   // 373/422 blind as unseen29 at parse-49 and parse-50 (none wrong); 383/422 with shape_rows.go (Nagekeo's chevrons); 380/422 with the budget table quoted in an e-mail thread (h-mail31, mail_table.go); 380/422 with the accordion page read (dpt_accordion.go); 386/422 with the map labels (legend31, dpt_map_labels.go); 378/422 with the score card (sakip_score_card.go); 380/422 with the lamp-sheet reader (lamp_sheet.go); 422/422 with the six (parse-51)
	"dev32":  {minExact: 1.000, maxSilent: 0}, // 372/409 blind as unseen30 at parse-50 (none wrong); 373/409 with an earlier evaluation's bracketed year and grade (sakip_pairs.go); 391/409 with the voters' pyramid and the pictogram read (dpt_chart_items.go); 391/409 at parse-51; 409/409 with the treemap, the thermometers and the doughnut read (anggaran_treemap.go, capaian_thermometer.go, sakip_doughnut.go; h-old36)
	"dev35":  {minExact: 1.000, maxSilent: 0}, // 378/452 blind as unseen33 at parse-53, none wrong; 452/452 at parse-54 (stacked DPT labels beside a waffle, dpt_stacked_labels.go; a prose total in persons, dpt_prose_orang.go; fishbone heads and callout balloons, framed_records.go; a budget hierarchy chart, budget_hierarchy.go; a route map's stops, dpt_route_map.go; an icicle chart, sakip_icicle.go)
	"dev36":  {minExact: 1.000, maxSilent: 0}, // 394/455 blind as unseen34 at parse-54, none wrong; 401/455 with the header "Kinerja Utama | Sat. | Trgt | Real." read (Lembata); 416/455 with the hexagon tile map alone (hex_map.go, h-hex36); 412/455 with the abreast budget records (hourglasses, coin stacks; anggaran_abreast.go) alone; 401/455 with the balance scales (dpt_scales.go) alone; 401/455 with the trifold leaflet's panels read (h-leaflet36, leaflet_panels.go) alone; 455/455 with the four and the header at parse-55
	"dev39":  {minExact: 1.000, maxSilent: 0}, // 460/515 blind as unseen37 at parse-57 (1 wrong-key, 1 wrong value flagged); 466/515 with Belu's laboratory result sheet read (capaian_lab_sheet.go, h-lab39); 473/515 with the delivery notes read (dpt_delivery_notes.go, h-notes39) alone; 478/515 with Alor's departure board read (dpt_board.go, h-dep39) alone; 467/515 with the quota screen read (anggaran_quota.go, h-quota39) alone; 468/515 with the credit card statements read (anggaran_cards.go, h-credit39) alone; 468/515 with the credit card statements read (anggaran_cards.go, h-credit39) alone; 515/515 with the five, the alias total (TTU), the pagu proven by its realisasi and percent, and the graded SAKIP sentence (parse-58)
	"dev40":  {minExact: 1.000, maxSilent: 0}, // 466/520 blind as unseen38 at parse-58 (1 wrong value flagged, 1 extra); 467/520 with the year in parentheses (parse-59: the extra row gone, the TA 2022 total read); 520/520 with the golf scorecard, GPS trip summary, stock card, catalogue cards, fitness summary and ATM receipts read (h-golf40, h-trip40, h-stock40, h-cat40, h-fit40, h-atm40; parse-61)
	"dev41":  {minExact: 1.000, maxSilent: 0}, // 349/420 blind as unseen39 at parse-60 (1 wrong value flagged); 350/420 with a sentence led by the year it is for (parse-61); 420/420 with the selection announcement, stock board, CAT slip, e-Monev form, Dalam Angka table and letter register read (h-sel41, h-bursa41, h-cat41, h-monev41, h-bps41, h-agenda41; parse-62)
	"dev42":  {minExact: 1.000, maxSilent: 0}, // 454/478 blind as unseen40 at parse-61 and parse-62 (0 wrong, 0 extra); 455/478 with the pay slip key's borrowed word passed (parse-63); 478/478 with the quick-count screen, the auction lots and weighbridge tickets read (h-qc42, h-gloss42; parse-63)
	"dev43":  {minExact: 1.000, maxSilent: 0}, // 385/420 blind as unseen41 at parse-62 + dad5ad2 (0 wrong, 0 extra); 420/420 with the MT940 export, the e-Coklit dashboard, the campaign page, the loan cards and the calibration certificate read (h-mt940_43, h-coklit43, h-qc43, h-gloss43, h-calib43; parse-64)
	"dev44":  {minExact: 1.000, maxSilent: 0}, // 382/425 blind as unseen42 at parse-63 and parse-64 (1 wrong value, flagged; 0 extra); 425/425 with round 31 (parse-65: the Z-report, console, alert log, fingerprint recap, portal page; No. Rek.)
	"dev45":  {minExact: 1.000, maxSilent: 0}, // 397/464 blind as unseen43 at parse-64 (0 wrong, 0 extra); 464/464 with round 31 (parse-65: pytest report, df table, awk output, logbook, coverage report)
	"dev46":  {minExact: 1.000, maxSilent: 0}, // 397/437 blind as unseen44 at parse-64 + 1171d58 and parse-65 (0 wrong, 0 extra); 437/437 with round 32 (parse-66: DOT, HTTP form bodies, Gherkin, redis-cli, SAS listing)
	"dev50":  {minExact: 1.000, maxSilent: 0}, // 418/458 blind as unseen48 at parse-67 + df96413, 1 wrong key (a DPT total labelled `JML. KAB. KUPANG`); 419/458 with Jml. a total word; 440/458 at parse-68 (list-of-map literals; Julia/Pascal via round 35); 458/458 at parse-69 (Pascal typed constants, a REPL total value, Pharo records)
	"dev51":  {minExact: 1.000, maxSilent: 0}, // 431/478 blind as unseen49 at parse-67 .. parse-70, 0 wrong; 478/478 at parse-71 (ogrinfo, KDL, HOCON, REXX, WordPerfect merge, Power Query readers)
	"dev52":  {minExact: 1.000, maxSilent: 0}, // 384/431 blind as unseen50 at parse-70, 0 wrong; 431/431 at parse-71 (ZPL, PostScript, SYLK/DIF, Texinfo, FDF)
	"dev53":  {minExact: 1.000, maxSilent: 0}, // 398/452 blind as unseen51 at parse-70 and 109382bf, 9 wrong values flagged; 452/452 at parse-71 (budget columns named by their figures; HP-GL, SQL UPDATE, dBase, QR payloads, reST list-table)
	"dev54":  {minExact: 1.000, maxSilent: 0}, // 434/480 blind as unseen52 at 4e0e72a3, 12 wrong values flagged; 468/480 at parse-71 (a percent column named by its figures; AutoHotkey, iMacros, Robot Framework); 480/480 at parse-72 (speech logs, a chat's bare-named total, GIFT component lines)
	"dev55":  {minExact: 1.000, maxSilent: 0}, // 378/458 blind as unseen53 at c7bfbb9d (parse-71), 23 wrong values flagged; 401/458, none wrong, with columns named by their figures; 458/458 at parse-72 (reveal codes, patches, ASA listings, teleprompter script, ls -l component lines)
	"dev56":  {minExact: 1.000, maxSilent: 0}, // 419/460 blind as unseen54 at b0d8f7b6 (parse-72), none wrong; 460/460 at parse-73 (ADIF and TLV records, exiftool-like dumps, numbered listings, gettext catalogues)
	"dev57":  {minExact: 1.000, maxSilent: 0}, // 424/475 blind as unseen55 at 671fff15 (parse-72) and 5724b9f3 (parse-73), none wrong; 445/475 with half of round 42; 475/475 at parse-74 (quoted replies, teletext pages, T | R | C by figures, labelled device lines, clippings)
	"dev58":  {minExact: 1.000, maxSilent: 0}, // 421/462 blind as unseen56 at aa75cd06 (parse-73 / pdftext-34), none wrong; 462/462 at parse-74 (SAP ALV subtotals, account trees, endnotes, OCR word lists, notification cards)
	"dev60":  {minExact: 1.000, maxSilent: 0}, // 370/425 blind as unseen58 at 02f73615 (parse-74), 25 wrong values flagged, 1 wrong key; 396/425, none wrong, with a sex column named by L + P = L+P and "NGADA (KABUPATEN)" read as the total; 425/425 at parse-75 (text charts, SAKIP formulas, project-plan task tables, bowling charts, total-first tabulations, summary bars)
	"dev61":  {minExact: 1.000, maxSilent: 0}, // 457/486 blind as unseen59 at cedc04a9 (parse-74), 2 wrong values flagged; 459/486, none wrong, with a first budget part captioned under the table; 486/486 at parse-75 (trackers' lists grouped by status, task managers' budgets, calculator lists, totals above the items and ROLLUP rows)
	"dev65":  {minExact: 1.000, maxSilent: 0}, // 462/474 blind as unseen63 at 872fd4fd (parse-78), none wrong; 474/474 at parse-79 (a tool's default column names over the header, a header sorted among the data)
	"dev66":  {minExact: 1.000, maxSilent: 0}, // 449/450 blind as unseen64 at a6873e5c (parse-80), 1 wrong flagged; 450/450 at parse-81 (a lookup table of bands beside the components)
	"dev67":  {minExact: 1.000, maxSilent: 0}, // 416/484 blind as unseen65 at 579bfdcd (parse-81), 23 wrong flagged, 7 wrong keys; 430/484 at parse-83 ("Tar." for target, a Penjelasan note under each indicator); 484/484 at parse-85 (sexes as rows, map numbers named in a legend, figures stacked in a cell, a realisasi split into sub-columns)
	"dev68":  {minExact: 1.000, maxSilent: 0}, // 420/460 blind as unseen66 at db6557e6 (parse-83), 40 wrong flagged; 453/460 at parse-84 (desa and kelurahan counted apart under one header); 460/460 at parse-87 (pagu and realisasi in two tables)
	"dev69":  {minExact: 0.995, maxSilent: 0}, // 438/451 blind as unseen67 at 95212f81 (parse-85), 6 wrong keys; 449/451, none wrong, at parse-87 (a code at both ends of a row; names clipped at one width completed from the catalogue, two that begin several names not loaded)
	"dev70":  {minExact: 1.000, maxSilent: 0}, // 436/449 blind as unseen68 at 03da80dc (parse-87), 9 wrong flagged; 449/449 at parse-88 (a sisa split into parts with no whole column, a capped or rescaled column beside the fact's own)
	"dev71":  {minExact: 1.000, maxSilent: 0}, // 429/464 blind as unseen69 at c766c7c4 (parse-87), 28 wrong flagged; 464/464 at parse-88 (counts and capaian with a note in the cell, indicators by code with a key, TPS by kind beside their total)
	"dev72":  {minExact: 1.000, maxSilent: 0}, // 410/439 blind as unseen70 at a095bb84 (parse-88), 12 wrong flagged, 7 extra; 421/439 at parse-89 (an unspent share is no serapan, a program named by the paragraph introducing its kegiatan); 438/439 at parse-90 (a target or a village count written in the name cell); 439/439 at parse-91 (the total's serapan from the sentence under its table)
	"dev73":  {minExact: 1.000, maxSilent: 0}, // 426/449 blind as unseen71 at 3f187ceb (parse-90), 22 wrong flagged, 1 missing; 449/449 at parse-91 (ratio and index columns, kegiatan told under their program, a table's total stated in the sentence beside it)
	"dev74":  {minExact: 1.000, maxSilent: 0}, // 460/464 blind as unseen72 at acc41b37 (parse-91), 4 wrong flagged; 464/464 at parse-92 (SAKIP weights stated in a note by the table)
	"dev75":  {minExact: 1.000, maxSilent: 0}, // 422/437 blind as unseen73 at 11b3c1dc (parse-92), 8 wrong flagged; 437/437 at parse-93 (two lines an indicator, Berhasil as a band, kegiatan rows shorter than their program's)
	"dev76":  {minExact: 1.000, maxSilent: 0}, // 438/449 blind as unseen74 at ebbe32f1 (parse-93), 4 wrong flagged; 449/449 at parse-94 (SAKIP weights in the name cells, a DPT summed from its L and P columns)
	"dev77":  {minExact: 1.000, maxSilent: 0}, // 444/464 blind as unseen75 at 369b74b3 (parse-93), 13 wrong flagged, 1 silent; 464/464 at parse-94 (spelled-out opinions ranked, PPS/KPPS by a note, kegiatan codes after their program's letters and a slash)
	"dev78":  {minExact: 1.000, maxSilent: 0}, // 431/439 blind as unseen76 at 3405a098 (parse-94), 1 wrong key; 435/439 at parse-95 (AKIP component rows under a caption naming RB read as SAKIP); 439/439 at parse-96 (an earlier year graded after a note naming AKIP and RB; the RB row under the AKIP components; the DPT split per island)
	"dev79":  {minExact: 1.000, maxSilent: 0}, // 443/449 blind as unseen77 at 83361442 (parse-95), 2 wrong keys; 449/449 at parse-96 (units in brackets after indicator names, SAKIP sub-components as name-only rows)
	"dev80":  {minExact: 1.000, maxSilent: 0}, // 459/464 blind as unseen78 at acc2b781 (parse-96), 5 wrong flagged, 1 extra; 464/464 at parse-96 (SAKIP weights in a table of their own; an RB row beside the AKIP result, its maximum the bobot)
	"dev81":  {minExact: 1.000, maxSilent: 0}, // 427/439 blind as unseen79 at 7afe38ec (parse-97), none wrong, 12 missing; 439/439 at parse-97 (the year scored written "untuk kinerja tahun"; the capaian header row typed again per sasaran)
	"dev86":  {minExact: 1.000, maxSilent: 0}, // 464/464 blind as unseen84 at 27f376ce (parse-100), none wrong
	"dev87":  {minExact: 1.000, maxSilent: 0}, // 430/439 blind as unseen85 at fca650d5 (parse-101), 3 wrong keys, 6 missing; 439/439 at parse-102 (superscript marks off region names, a total row labelled by the region code, a SAKIP total labelled by the LHE number)
	"dev88":  {minExact: 1.000, maxSilent: 0}, // 444/449 blind as unseen86 at 9e60bc7e (parse-102), none wrong, 5 missing; 449/449 at parse-102+ (a value cell "20,00 (66,67%)" no score card pair)
	"dev89":  {minExact: 1.000, maxSilent: 0}, // 455/464 blind as unseen87 at 596536a3 (parse-102), none wrong, 9 missing; 464/464 at parse-103 (kegiatan codes led by a dot, ".3355")
	"dev90":  {minExact: 1.000, maxSilent: 0}, // 425/439 blind as unseen88 at bf665e6c (parse-103), none wrong, 14 missing; 439/439 at parse-104 ("Jumlah (a+b)", "Jumlah 2019" the total column)
	"dev91":  {minExact: 1.000, maxSilent: 0}, // 448/449 blind as unseen89 at 0698cba1 (parse-105), none wrong, 1 missing, 2 extra; 449/449 at parse-106 (an RB score column titled with its weight, "Persentase terhadap Bobot" the share)
	"dev92":  {minExact: 1.000, maxSilent: 0}, // 462/464 blind as unseen90 at 2fb8994d (parse-106), none wrong, 2 missing; 464/464 at parse-107 ("KAB. NAGEKEO (7 KECAMATAN)", RB weight first)
	"dev93":  {minExact: 1.000, maxSilent: 0}, // 438/439 blind as unseen91 at a24b5941 (parse-107), none wrong, 1 missing; 439/439 at parse-108 (the RB as an equation, rb_prose_equation.go)
	"dev94":  {minExact: 1.000, maxSilent: 0}, // 442/449 blind as unseen92 at 7b627268 (parse-108), none wrong, 7 missing, 1 extra; 449/449 at parse-109 (the number heading the indicator's name, capaian_numbered.go)
	"dev95":  {minExact: 1.000, maxSilent: 0}, // 464/464 blind as unseen93 at da8193e6 (parse-109), none wrong
	"dev96":  {minExact: 1.000, maxSilent: 0}, // 434/439 blind as unseen94 at e282037f (parse-109), none wrong, 5 missing; 439/439 at parse-110 (SAKIP components named by letters under a key, sakip_komponen_legend.go)
	"dev97":  {minExact: 1.000, maxSilent: 0}, // 441/449 blind as unseen95 at d5277ea2 (parse-110), 7 wrong (flagged), 1 missing; 449/449 at parse-111 ("Realisasi/Target (%)" named by its figures, the RB on a scale 0 to the weight)
	"dev98":  {minExact: 1.000, maxSilent: 0}, // 455/464 blind as unseen96 at f58a3070 (parse-111), none wrong, 9 missing; 464/464 at parse-112 (level words before budget codes, the RB's shortfall to the weight)
	"dev99":  {minExact: 1.000, maxSilent: 0}, // 406/439 blind as unseen97 at 91f54e98 (parse-112), 8 wrong (flagged), 2 wrong keys, 23 missing; 439/439 at parse-113 (units in brackets, "Wilayah" over "KECAMATAN …", a realisasi titled "Capaian", a SAKIP change sentence)
	"dev112": {minExact: 0.982, maxSilent: 0}, // 428/449, none silent blind as unseen110 at 9d7ba407 (parse-128); 441/449 at parse-130 (stacked blocks joined by code, halves side by side); still missing: Sumba Barat 2021 budget printed master-detail, program and kegiatan on one line (8)
	"dev111": {minExact: 1.000, maxSilent: 0}, // 390/438, none silent blind as unseen109 at 7f717d63 (parse-127); 438/438 at parse-128 (sexes inside the cells, counts behind a percent, sums a title names)
	"dev110": {minExact: 1.000, maxSilent: 0}, // 443/464, none silent blind as unseen108 at ece13deb (parse-126); 464/464 at parse-127 (TPS ranges, counts in the Keterangan, merged target and weight cells)
	"dev109": {minExact: 1.000, maxSilent: 0}, // 418/449, none silent blind as unseen107 at d611226c (parse-124); 449/449 at parse-125 (achievement bands, totals in the titles, a merged score column, a village note)
	"dev108": {minExact: 1.000, maxSilent: 0}, // 433/438, none silent blind as unseen106 at c98467a6 (parse-123); 438/438 at parse-124
	"dev107": {minExact: 1.000, maxSilent: 0}, // 443/464, none silent blind as unseen105 at d22b7ac1 (parse-122); 460/464 at parse-123 (sparse_twins.go); 464/464 at parse-126 (titles with their share, "Keberadaan (20%)")
	"dev106": {minExact: 1.000, maxSilent: 0}, // 449/449, none wrong blind as unseen104 at 9008cc81 (parse-122)
	"dev105": {minExact: 1.000, maxSilent: 0}, // 406/438, 2 wrong keys blind as unseen103 at abedd173 (parse-120); 438/438 at parse-122 (label rows, unit headings, anggaran_measure_rows.go)
	"dev104": {minExact: 1.000, maxSilent: 0}, // 440/464, 1 wrong key blind as unseen102 at d14342d6 (parse-119); 464/464 at parse-120 (dpt_name_levels.go, capaian_merged_pair.go, caption_total.go, bracket items)
	"dev103": {minExact: 1.000, maxSilent: 0}, // 437/449, none wrong blind as unseen101 at 43dd32ec (parse-117); 449/449 at parse-118 (anggaran_by_figures.go, sakip_weight_column.go)
	"dev102": {minExact: 1.000, maxSilent: 0}, // 416/438, none silent blind as unseen100 at 1e75a600 (parse-116); 438/438 at parse-117 (arithTRC with one title known, dpt_ppk.go)
	"dev101": {minExact: 1.000, maxSilent: 0}, // 439/464, 6 silent-wrong blind as unseen99 at 45e2fc90 (parse-115); 464/464 at parse-116 (capaian_deviation_title.go, anggaran_real_bracket.go, sakip_bobot_fraction.go)
	"dev100": {minExact: 1.000, maxSilent: 0}, // 449/449, none wrong blind as unseen98 at 7095d152 (parse-113)
	"dev85":  {minExact: 1.000, maxSilent: 0}, // 443/449 blind as unseen83 at a079e332 (parse-99), none wrong, 6 missing; 449/449 with the score in its band's row (sakip_band_score.go) and "61,45 (predikat B)"
	"dev84":  {minExact: 1.000, maxSilent: 0}, // 439/439 blind as unseen82 at a8a307ce (parse-98+), none wrong, 1 extra
	"dev83":  {minExact: 1.000, maxSilent: 0}, // 463/464 blind as unseen81 at c90c7b3b (parse-98), none wrong, 1 missing; 464/464 with the column-title totals (dpt_header_totals.go)
	"dev82":  {minExact: 1.000, maxSilent: 0}, // 434/449 blind as unseen80 at 5ebb51dc (parse-97), none wrong, 15 missing; 449/449 at parse-98 (the kabupaten total a sentence set as the last row; capaian grouped under Satuan: heading rows; a program block beside its kegiatan block)
	"dev64":  {minExact: 1.000, maxSilent: 0}, // 449/458 blind as unseen62 at 13e98005 (parse-77), 1 wrong value flagged; 458/458 at parse-78 (names split over cells by Text to Columns)
	"dev63":  {minExact: 1.000, maxSilent: 0}, // 458/481 blind as unseen61 at 10007e18 (parse-76), none wrong; 481/481 at parse-77 (fixed-width .prn DPT, solver answer reports, gradebook SAKIP components)
	"dev62":  {minExact: 1.000, maxSilent: 0}, // 394/427 blind as unseen60 at 9b159f97 (parse-75), none wrong; 427/427 at parse-76 (database tools' DPT grids, full-code budget grids, scenario summaries)
	"dev59":  {minExact: 1.000, maxSilent: 0}, // 439/478 blind as unseen57 at dccfd3ff, none wrong; 478/478 at parse-74 (groups with their sums on top, icon sets, score / weight lines, an untitled account column)
	"dev49":  {minExact: 1.000, maxSilent: 0}, // 398/462 blind as unseen47 at parse-66 + round 34 (7445971), none wrong; 462/462 at parse-68 (Prolog facts, DATA statements, tuples, notebook associations, typed REPLs, Tcl lists)
	"dev48":  {minExact: 1.000, maxSilent: 0}, // 432/492 blind as unseen46 at parse-66, 1 wrong value flagged; 492/492 at parse-68 (irb hashes, Influx lines, GraphQL envelope, ARFF, Hasil components, PlantUML WBS)
	"dev47":  {minExact: 1.000, maxSilent: 0}, // 405/447 blind as unseen45 at parse-65 + d56b631 with 7 wrong keys (a console's quoted names); 0 with kv.go literalValue; 447/447 at parse-66 (Prometheus export, Firestore view, .properties, textproto, VBA window)
	"dev38":  {minExact: 1.000, maxSilent: 0}, // 442/521 blind as unseen36 at parse-56 (7 wrong-key capaian rows, 0 silent-wrong values); 451/521, 0 wrong-key with the weather cards' status lines kept out of the name (h-weather38, capaian_card_status.go); 450/521 with the fuel pumps (anggaran_pumps.go, h-pumps38) alone; 447/521 with Belu's nutrition label read (gizi38, sakip_gizi.go) alone; 455/521 with the postage stamps read (stamp_sheet.go) alone; 468/521 with the "Kec. | Pria | Wanita" header and the RB opening its paragraph (the ordinary half 286/286); 503/521 with those and the four merged, none wrong; 450/521 with the batteries read (capaian_battery.go, h-battery38) alone; 511/521 with the five merged, none wrong; 452/521 with the whiteboard read (anggaran_whiteboard.go, h-board38) alone; 521/521 with all six and the ordinary fixes (parse-57)
	"dev37":  {minExact: 1.000, maxSilent: 0}, // 396/451 blind as unseen35 at parse-55 (1 wrong, flagged); 407/451 with the domino tiles (dpt_domino.go); 402/451 with the bookshelf read (shelf37) alone; 403/451 with the train's carriages read (h-train37, capaian_train.go) alone; 403/451 with the passbook print read (anggaran_passbook.go, h-pass37) alone; 443/451 at parse-56 with the six and the ordinary fixes (header_key.go, budgetYearLead, an RB "=", a bare kabupaten over pages), none wrong; 404/451 with the periodic table (periodic_table.go) alone; 451/451 with all seven (parse-56)
	"dev34":  {minExact: 1.000, maxSilent: 0}, // 358/414 blind as unseen32 at parse-52 (2 wrong: 1 flagged, 1 silent); 367/414 and none wrong at parse-53 ("Sat." and "DIPA (Rp)" headers); 414/414 at parse-54 (quadrant_chart.go, sakip_sparkline.go, anggaran_chart_records.go, label_sheet.go, heat_map.go)
	"dev33":  {minExact: 1.000, maxSilent: 0}, // 369/446 blind as unseen31 at parse-51 (19 wrong: 8 flagged, 10 a truth settled at conversion, 1 wrong key); 379/446 with the truth settled; 387/446 and none silent at parse-52; 445/446 at parse-54 (a serapan stated first, prose_pagu_lead.go; dpt_dumbbell.go, anggaran_fixed_cards.go, anggaran_taccount.go, slope_chart.go, score_boards.go, sakip_lollipop.go, sakip_year_lead.go); 446/446 with an earlier-year score labelled with its year read (h-left42, parse-63)
	"dev29":  {minExact: 1.000, maxSilent: 0}, // 381/423 blind as unseen27 at parse-47 and parse-48 (1 wrong value with a finding); 389/423 with a DPT told as the plenary's attendance list (h-hadir29, dpt_attendance.go); 390/423 with the calculator rolls alone (h-calc29, calc_tape.go); 382/423 and 0 wrong with the side-by-side labels refused and the kabupaten row read from its own label (h-labels29, kv.go); 386/423 with the LKE summary sheet alone (h-lke29, sakip_lke.go); 404/423 with the four; 388/423 with the Data Form screens alone (h-capx29, form_screens.go); 411/423 with the five; 423/423 with the mail-merged box labels named by their address (h-leaflet36, label_letters.go)
	"dev28":  {minExact: 1.000, maxSilent: 0}, // 469/469 with the mind map's capaian read (outline_records.go); 413/469 blind as unseen26 at parse-46, 419/469 at parse-47 (none wrong); 462/469 at parse-48 with round 18; 454/469 with dpt_records.go (photo captions, map placemarks); 427/469 with the PowerShell session read (query_powershell.go)
	"dev25":  {minExact: 1.0, maxSilent: 0},   // 371/467 blind as unseen23 (parse-40 and parse-41; 13 wrong-key: lynx link numbers glued to kecamatan names, a total labelled "Kabupaten" alone); 384/467 with both fixed (parse-42); 385 with an RB percent after "yaitu"; 467/467 at parse-45 with round 15 (DokuWiki tables, a SAKIP year in brackets, ticked checklist items, link marks before budget codes, budget sentences in an archive list's cells, capaian paragraphs opened by ordinals)
	"dev13":  {minExact: 1.0, maxSilent: 0},   // 400/450 when added at parse-26; 420 with a decimal first row, a foot header over a dated note, a one-row long RB table, one nilai over several years, two-column prose (h-d13y); 430 with a whole XML export of prose and counted tables read (h-d13x); 450/450 all merged (parse-27)
}

func TestBlindDevCorpus(t *testing.T) {
	for _, part := range []string{"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77", "dev78", "dev79", "dev80", "dev81", "dev82", "dev83", "dev84", "dev85", "dev86", "dev87", "dev88", "dev89", "dev90", "dev91", "dev92", "dev93", "dev94", "dev95", "dev96", "dev97", "dev98", "dev99", "dev100", "dev101", "dev102", "dev103", "dev104", "dev105", "dev106", "dev107", "dev108", "dev109", "dev110", "dev111", "dev112"} {
		t.Run(part, func(t *testing.T) {
			scoreBlind(t, part)
		})
	}
}

func scoreBlind(t *testing.T, part string) {
	dir := filepath.Join("testdata", "blind", part)
	if _, err := os.Stat(filepath.Join(dir, "truth")); err != nil {
		t.Skipf("no blind corpus: %v", err)
	}
	bar := blindBar[part]
	scoreCorpus(t, "blind "+part, textsOnly(t, dir), bar.minExact, bar.maxSilent, nil)
}

// textsOnly returns dir itself, or, when dir holds PDF twins in a
// subfolder, a temporary copy of its top-level texts and truth: the ingest
// walks subfolders, and a twin would replace its text.
func textsOnly(t *testing.T, dir string) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, "pdf")); err != nil {
		return dir
	}
	tmp := t.TempDir()
	for _, sub := range []string{"", "truth"} {
		if err := os.MkdirAll(filepath.Join(tmp, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		ents, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			ext := filepath.Ext(e.Name())
			if e.IsDir() || (ext != ".txt" && ext != ".json") {
				continue
			}
			b, err := os.ReadFile(filepath.Join(dir, sub, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(tmp, sub, e.Name()), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return tmp
}

// scoreCorpus ingests the documents under dir into a fresh warehouse,
// compares them with dir/truth and fails when the share of exact rows is
// below minExact or more than maxSilent rows are silently wrong. A
// rejected document is an error unless ignore says the path does not
// count. It returns the report for checks of the caller's own.
// knownWrongKey is, by corpus name as scoreCorpus gets it, the rows loaded
// under another key than the truth's that are a naming question rather
// than an error. dev4 Ende 2024 (lkj-ende-2024.txt:110-116): the series
// "Partisipasi Pemilih Pemilu 2014, 2019 dan 2024" is keyed to the capaian
// table's indicator "… dalam Pemilu/Pemilihan", the author's truth names it
// "… dalam Pemilu"; the values are exact. Counted since wrong keys are
// (2026-12-04); left for a truth decision.
var knownWrongKey = map[string]int{"blind dev4": 6, "blind dev4 as -layout text": 6}

func scoreCorpus(t *testing.T, name, dir string, minExact float64, maxSilent int, ignore func(path string) bool) eval.Report {
	t.Helper()
	ctx := context.Background()
	wh := freshWarehouse(t, filepath.Join(t.TempDir(), "corpus.duckdb"))
	defer wh.Close()
	sum, err := ingest.Run(ctx, wh, []string{dir}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range sum.Rejections {
		if ignore == nil || !ignore(r.Path) {
			t.Errorf("document rejected: %s: %s", r.Path, r.Reason)
		}
	}
	rep, err := eval.Compare(ctx, wh.Conn(), dir)
	if err != nil {
		t.Fatal(err)
	}
	expected, exact, silent, wrongKey, extra := 0, 0, 0, 0, 0
	for _, f := range rep.Families {
		extra += f.Extra
		expected += f.Expected
		exact += f.Exact
		// a row loaded under another key is as wrong as a wrong value with no finding
		silent += f.SilentWrong + f.WrongKey
		wrongKey += f.WrongKey
		t.Logf("%-15s expected %4d exact %4d wrong %3d missing %3d extra %3d silent-wrong %d wrong-key %d", f.Family, f.Expected, f.Exact, f.Wrong, f.Missing, f.Extra, f.SilentWrong, f.WrongKey)
	}
	if expected == 0 {
		t.Fatalf("%s: no expected rows", name)
	}
	share := float64(exact) / float64(expected)
	t.Logf("%s: %d documents, %d/%d exact (%.1f%%), %d silent-wrong or wrong-key", name, rep.Documents, exact, expected, share*100, silent)
	if share < minExact {
		t.Errorf("%s: %.3f of rows exact, below the bar %.3f", name, share, minExact)
	}
	// knownWrongKey rows are truth questions, not parser errors: allowed
	// only as wrong keys, never as wrong values
	if known := min(wrongKey, knownWrongKey[name]); silent-known > maxSilent {
		for _, d := range rep.Diffs {
			if d.Kind == "silent-wrong" || d.Kind == "wrong-key" {
				t.Logf("silent-wrong: %+v", d)
			}
		}
		t.Errorf("%s: %d silent-wrong or wrong-key rows (allowed %d, and %d known wrong keys)", name, silent, maxSilent, knownWrongKey[name])
	}
	// a row the truth does not hold is a number nobody wrote: every corpus
	// is at 0 (2026-12-04), and an extra dev6 row (a continuous roll read
	// as DPT) went unseen while extras were not counted
	if extra > 0 {
		for _, d := range rep.Diffs {
			if d.Kind == "extra" {
				t.Logf("extra: %+v", d)
			}
		}
		t.Errorf("%s: %d extra rows, none allowed", name, extra)
	}
	return rep
}
