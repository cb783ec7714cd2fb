# Facts the corpus already states (SAKIP scores and components, kabupaten and province DPT
# rows, budget totals), read back from the truth files of earlier batches so that a new batch
# reuses them and never contradicts them (BRIEF rule 5). Deterministic; python3 only.
import glob, json, os, sys
from lib import ROOT, SAKIP, KOMP, PEMILU24
sys.path.insert(0, os.path.join(ROOT, "dev2"))
import author2 as A2  # noqa: E402  (Pemilu 2019 DPT, SAKIP components from a score)


class Known:
    """What the truth of batches (folders under blind/, read in the order given) states.
    sure_only keeps only the SAKIP scores stated with keyakinan tinggi."""

    def __init__(self, batches, sure_only=False):
        self.KS, self.KK, self.KD, self.KA = {}, {}, {}, {}
        for b in batches:
            for f in sorted(glob.glob(os.path.join(ROOT, b, "truth", "*.json"))):
                t = json.load(open(f, encoding="utf-8"))
                for s in t["sakip"]:
                    if s["keyakinan"] == "tinggi" or not sure_only:
                        self.KS[(s["satker_id"], s["tahun_dinilai"])] = s["nilai"]
                for k in t["sakip_komponen"]:
                    self.KK.setdefault((k["satker_id"], k["tahun_dinilai"]), {})[k["komponen"]] = (k["bobot"], k["nilai"])
                for d in t["dpt"]:
                    if d["tingkat_wilayah"] != "kecamatan":
                        self.KD[(d["satker_id"], d["pemilihan"], d["tahun"])] = (
                            d["jumlah_desa"], d["jumlah_tps"], d["pemilih_l"], d["pemilih_p"])
                for a in t["anggaran"]:
                    if a["kode"] == "TOTAL":
                        self.KA[(a["satker_id"], a["tahun"])] = (a["pagu"], a["realisasi"])

    def skor(self, s, y):
        """A satker's SAKIP score: the corpus's stated value first, else the shared table."""
        return self.KS.get((s, y), SAKIP[(s, y)])

    def komps(self, s, y, rnd, base=0.68):
        """Its SAKIP components: stated, else the shared table, else derived from its score."""
        if (s, y) in self.KK:
            return self.KK[(s, y)]
        if (s, y) in KOMP:
            return KOMP[(s, y)]
        return A2.komps_for(self.skor(s, y), rnd, base)

    def pemilu19(self, s):
        """(desa, TPS, L, P) of its Pemilu 2019 DPT: stated, else author2's (desa None)."""
        d = self.KD.get((s, "pemilu", 2019))
        return d if d else (None,) + A2.PEMILU19[s]

    def pemilu24(self, s):
        """(desa, TPS, L, P) of its Pemilu 2024 DPT: stated, else the shared table (desa None)."""
        d = self.KD.get((s, "pemilu", 2024))
        return d if d else (None,) + PEMILU24[s]
