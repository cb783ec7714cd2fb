package modelstest

import (
	"context"
	"fmt"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// SatkerIDs lists every satker of the warehouse's reference data (552 for
// the shipped wilayah.csv), provinces first within their code order.
func SatkerIDs(ctx context.Context, wh *warehouse.Warehouse) ([]string, error) {
	rows, err := wh.Conn().QueryContext(ctx, "SELECT satker_id FROM satker ORDER BY satker_id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Synthetic makes one document per satker stating its facts for every year
// in years: 8 indicators, a budget tree of 15 lines, a SAKIP evaluation of
// the year before with its components, an RB score, and in election years
// (2019, 2024 Pemilu; 2020, 2024 Pilkada) a kecamatan voter roll with its
// recap. Values are deterministic in (satker, year). All load in run 1.
func Synthetic(ids []string, years []int) []Doc {
	docs := make([]Doc, 0, len(ids))
	for _, id := range ids {
		d := &facts.Document{Meta: facts.Meta{SatkerID: id, Tahun: years[len(years)-1], Format: "txt", Synthetic: true}}
		for _, y := range years {
			addYear(d, id, y)
		}
		docs = append(docs, Doc{ID: "syn" + id, RunID: 1, Doc: d})
	}
	return docs
}

// rnd is a small deterministic generator (an LCG), seeded per satker-year.
type rnd struct{ s uint64 }

func newRnd(id string, y int) *rnd {
	r := &rnd{s: uint64(y)*2654435761 + 1}
	for _, c := range id {
		r.s = r.s*31 + uint64(c)
	}
	return r
}

func (r *rnd) next() uint64 {
	r.s = r.s*6364136223846793005 + 1442695040888963407
	return r.s >> 33
}

// between returns an integer in [lo, hi].
func (r *rnd) between(lo, hi int64) int64 { return lo + int64(r.next()%uint64(hi-lo+1)) }

func addYear(d *facts.Document, id string, y int) {
	r := newRnd(id, y)
	for i := 1; i <= 8; i++ {
		tingkat, ind := facts.SasaranStrategis, fmt.Sprintf("ss%d", i)
		if i > 4 {
			tingkat, ind = facts.SasaranKegiatan, fmt.Sprintf("sk%d", i-4)
		}
		target := float64(r.between(80, 100))
		real := float64(r.between(70, 110))
		hitung := float64(int64(real/target*10000+0.5)) / 100
		d.Capaian = append(d.Capaian, capaian(id, y, tingkat, ind, "persen", target, real, pct(hitung), hitung >= 100))
	}
	d.CapaianSeri = append(d.CapaianSeri,
		facts.CapaianSeri{SatkerID: id, IndikatorID: "ss1", Indikator: "Indikator ss1", Tahun: y, Jenis: "realisasi", Nilai: pct(float64(r.between(70, 100))), Utama: true},
		facts.CapaianSeri{SatkerID: id, IndikatorID: "ss1", Indikator: "Indikator ss1", Tahun: y, Jenis: "target", Nilai: pct(float64(r.between(80, 100))), Utama: true},
		facts.CapaianSeri{SatkerID: id, IndikatorID: "ss2", Indikator: "Indikator ss2", Tahun: y, Jenis: "realisasi", Nilai: pct(float64(r.between(70, 100))), Utama: true},
	)
	addBudget(d, r, id, y)
	nilai := float64(r.between(5000, 9500)) / 100
	var komp []facts.SakipKomponen
	parts := []struct {
		k string
		w float64
	}{{"perencanaan", 30}, {"pengukuran", 30}, {"pelaporan", 15}, {"evaluasi_internal", 25}}
	sum := 0.0
	for i, p := range parts {
		v := float64(int64(nilai*p.w+0.5)) / 100
		if i == len(parts)-1 {
			v = float64(int64((nilai-sum)*100+0.5)) / 100
		}
		sum += v
		komp = append(komp, facts.SakipKomponen{SatkerID: id, TahunDinilai: y - 1, Komponen: p.k, Bobot: pct(p.w), Nilai: pct(v)})
	}
	d.Sakip = append(d.Sakip, facts.Sakip{SatkerID: id, TahunDinilai: y - 1, Nilai: pct(nilai), Keyakinan: "tinggi", Utama: true})
	d.SakipKomponen = append(d.SakipKomponen, komp...)
	d.RB = append(d.RB, facts.RB{SatkerID: id, Tahun: y, Nilai: pct(float64(r.between(2000, 3600)) / 100), Bobot: pct(36.30), Utama: true})
	for _, e := range []struct {
		pemilihan string
		tahun     int
	}{{"pemilu", 2019}, {"pilkada", 2020}, {"pemilu", 2024}, {"pilkada", 2024}} {
		if e.tahun == y {
			addDPT(d, r, id, e.pemilihan, y)
		}
	}
}

func addBudget(d *facts.Document, r *rnd, id string, y int) {
	var totalP, totalR int64
	for _, prog := range []string{"076.01.WA", "076.01.CQ"} {
		var progP, progR int64
		for k := 0; k < 2; k++ {
			keg := fmt.Sprintf("%d", 3355+k+map[string]int{"076.01.WA": 0, "076.01.CQ": 3284}[prog])
			var kegP, kegR int64
			for o := 1; o <= 2; o++ {
				p := r.between(100, 5000) * 1_000_000
				re := p - r.between(0, p/20)
				kegP, kegR = kegP+p, kegR+re
				d.Anggaran = append(d.Anggaran, line(id, y, fmt.Sprintf("%s.ABC.%03d", keg, o), keg, facts.LevelOutput, p, re))
			}
			progP, progR = progP+kegP, progR+kegR
			d.Anggaran = append(d.Anggaran, line(id, y, keg, prog, facts.LevelKegiatan, kegP, kegR))
		}
		totalP, totalR = totalP+progP, totalR+progR
		d.Anggaran = append(d.Anggaran, line(id, y, prog, "", facts.LevelProgram, progP, progR))
	}
	d.Anggaran = append(d.Anggaran, line(id, y, "TOTAL", "", facts.LevelTotal, totalP, totalR))
}

func line(id string, y int, kode, induk, tingkat string, p, re int64) facts.Anggaran {
	return facts.Anggaran{SatkerID: id, Tahun: y, Kode: kode, KodeInduk: induk, Tingkat: tingkat,
		Pagu: money(p), Realisasi: money(re), Sisa: money(p - re), Utama: true}
}

func addDPT(d *facts.Document, r *rnd, id, pemilihan string, y int) {
	if len(id) == 2 { // a province states its own total only
		l, p := r.between(500_000, 2_000_000), r.between(500_000, 2_000_000)
		d.DPT = append(d.DPT, dpt(id, pemilihan, y, "provinsi", "Provinsi "+id, r.between(500, 3000), r.between(2000, 9000), l, p, l+p))
		return
	}
	var desa, tps, ls, ps int64
	for k := 1; k <= 8; k++ {
		de, t := r.between(5, 20), r.between(10, 40)
		l, p := r.between(2000, 9000), r.between(2000, 9000)
		desa, tps, ls, ps = desa+de, tps+t, ls+l, ps+p
		d.DPT = append(d.DPT, dpt(id, pemilihan, y, "kecamatan", fmt.Sprintf("KECAMATAN %d", k), de, t, l, p, l+p))
	}
	d.DPT = append(d.DPT, dpt(id, pemilihan, y, "kabupaten", "Kabupaten "+id, desa, tps, ls, ps, ls+ps))
}
