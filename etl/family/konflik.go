package family

import (
	"fmt"
	"strings"
)

// Konflik declares how a family shows a disagreement between documents in
// the konflik view: a row of another document whose values differ from the
// chosen row (urutan 1) of the same natural key, reported against the
// losing document.
type Konflik struct {
	// Kunci are the natural-key parts shown in kunci, joined by '/'.
	Kunci []string
	// Nilai is the SQL of what a row states; %[1]s stands for the row's
	// alias (l for the losing row, w for the chosen one).
	Nilai string
	// Beda are the columns whose difference is a disagreement.
	Beda []string
	// SemuaBaris counts every row of another document, not only the one
	// its document marked utama (sakip, as migration 004 had it).
	SemuaBaris bool
}

// konflikHeader documents the view (its columns get COMMENT ON from here).
const konflikHeader = `-- description: Cross-document disagreements: a utama row of another document
-- whose value differs from the chosen one, reported against the losing
-- document (temuan shows them as konflik.antar_dokumen).
-- column: keluarga: Fact family of the disagreement (capaian, anggaran, sakip, dpt).
-- column: doc_id: Document whose row lost.
-- column: baris_awal: First source line of the losing row.
-- column: baris_akhir: Last source line of the losing row.
-- column: kunci: Natural key of the row, parts joined by /.
-- column: nilai_ini: What the losing document states.
-- column: nilai_pilih: What the chosen row states.
-- column: doc_pilih: Document of the chosen row.
`

// konflikModel renders the konflik view: one branch per family that
// declares Konflik, in registry order, comparing a family's rows over its
// natural key in its precedence view.
func konflikModel() File {
	var depends, branches []string
	for _, f := range Families {
		k := f.Konflik
		if k == nil {
			continue
		}
		depends = append(depends, "pilih_"+f.Name)
		kunci := make([]string, len(k.Kunci))
		for i, c := range k.Kunci {
			kunci[i] = "l." + c
		}
		on := []string{"w.urutan = 1 AND l.urutan > 1"}
		if !k.SemuaBaris {
			on = append(on, "l.utama")
		}
		on = append(on, "l.doc_id <> w.doc_id")
		key := make([]string, len(f.Key))
		for i, c := range f.Key {
			key[i] = "w." + c + " = l." + c
		}
		beda := make([]string, len(k.Beda))
		for i, c := range k.Beda {
			beda[i] = "l." + c + " IS DISTINCT FROM w." + c
		}
		branches = append(branches, fmt.Sprintf(`    SELECT '%s' AS keluarga, l.doc_id, l.baris_awal, l.baris_akhir,
           %s AS kunci,
           %s AS nilai_ini,
           %s AS nilai_pilih,
           w.doc_id AS doc_pilih
    FROM pilih_%s l JOIN pilih_%s w
      ON %s
     AND %s
    WHERE %s
`, f.Name, strings.Join(kunci, " || '/' || "), fmt.Sprintf(k.Nilai, "l"), fmt.Sprintf(k.Nilai, "w"),
			f.Name, f.Name, strings.Join(on, " AND "), strings.Join(key, " AND "), strings.Join(beda, " OR ")))
	}
	sql := "-- materialized: view\n-- depends: " + strings.Join(depends, ", ") + "\n" + konflikHeader +
		"WITH c AS (\n" + strings.Join(branches, "    UNION ALL\n") + ")\nSELECT * FROM c\n"
	return File{"konflik", sql}
}
