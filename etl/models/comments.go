package models

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/family"
)

// Models are documented in the warehouse with COMMENT ON, so an analyst's
// DuckDB client shows what a mart and each of its columns mean
// (duckdb_views(), duckdb_tables(), duckdb_columns()). The model's
// description is the table or view comment; a column's comment is, first
// found: a "-- column: name: text" header line of the model, the
// dictionary below, a rule for *_prev / *_delta / *_delta_pct columns, or
// the comment of the same column in a contract view (satker_id, pagu, ...).

// columnDocs are columns several marts share, or that need a sentence.
var columnDocs = map[string]string{
	"nama_pendek":                 "Short satker label for charts (Alor, Kota Kupang, Provinsi Nusa Tenggara Timur).",
	"peringkat_provinsi":          "Rank k within the province for the period (1 = best, ties share a rank); NULL when the measure is missing.",
	"jumlah_satker_provinsi":      "N: satkers of the province ranked in the period, the denominator of a rank read k / N.",
	"jumlah_indikator":            "Indicators reported.",
	"jumlah_sasaran_strategis":    "Indicators at the sasaran strategis level.",
	"jumlah_sasaran_kegiatan":     "Indicators at the sasaran kegiatan level.",
	"jumlah_tercapai":             "Indicators achieved (tercapai).",
	"jumlah_tidak_tercapai":       "Indicators not achieved.",
	"jumlah_tanpa_status":         "Indicators whose achievement is not known (left out of persen_tercapai).",
	"persen_tercapai":             "Share of indicators achieved, in percent of those with a known status.",
	"jumlah_capaian_angka":        "Numeric indicators with a recomputed capaian (grades excluded).",
	"rata_capaian":                "Mean recomputed capaian (percent) of numeric indicators; grades are never averaged.",
	"median_capaian":              "Median recomputed capaian (percent) of numeric indicators.",
	"min_capaian":                 "Lowest recomputed capaian (percent).",
	"max_capaian":                 "Highest recomputed capaian (percent).",
	"is_predikat":                 "True when the indicator is a grade (predikat), compared by rank, never averaged.",
	"jumlah_satker":               "Satkers reporting the indicator.",
	"arah":                        "Direction of the indicator from ref_indikator: higher or lower is better, or a grade.",
	"capaian_angka":               "capaian_hitung for numeric indicators; NULL for grades.",
	"urutan":                      "Order of elections in time: tahun x 10 + 1 for pemilu (February), + 2 for pilkada (November).",
	"urutan_pemilihan":            "Order of elections in time: tahun x 10 + 1 for pemilu (February), + 2 for pilkada (November).",
	"jumlah_kecamatan":            "Kecamatan rows summed when the kabupaten total came from them.",
	"pemilih_per_tps":             "Voters per polling station (pemilih_total / jumlah_tps).",
	"persen_perempuan":            "Female voters in percent of all voters.",
	"pemilihan_prev":              "Kind of the previous election of this satker (pemilu or pilkada).",
	"tahun_prev":                  "Year of the previous election of this satker.",
	"tahun_sejenis_prev":          "Year of the previous election of the same kind.",
	"peringkat":                   "Rank k among the satkers of the province ranked that year on the year's full basis (1 = best); NULL when the satker lacks a measure of the basis.",
	"skor_komposit":               "Weighted mean of the basis measures (serapan capped at 100); only for satkers with every measure of ukuran_dasar.",
	"ukuran_dasar":                "The year's basis: every measure (sakip, capaian, serapan) any satker of the province has that year; scores compare only on the same basis.",
	"ukuran_kurang":               "Measures of the basis this satker lacks (why it has no score or rank); NULL when complete.",
	"jumlah_ukuran":               "Measures this satker has (0-3), counting only those with a positive weight.",
	"jumlah_satker_data":          "Satkers of the province with a row that year (coverage).",
	"jumlah_satker_total":         "Satkers of the province in the satker register (NTT: 23), the coverage denominator.",
	"sakip_nilai":                 "SAKIP score used: the year's evaluation or, until it exists, the previous year's (high confidence only).",
	"sakip_predikat":              "Grade of the SAKIP score used.",
	"sakip_tahun_dinilai":         "Year the SAKIP score used evaluates.",
	"capaian_persen":              "persen_tercapai of mart_capaian for the year.",
	"capaian_jumlah_indikator":    "Indicators behind capaian_persen.",
	"capaian_rata":                "rata_capaian of mart_capaian for the year.",
	"serapan_persen":              "Budget absorption: realisasi / pagu x 100, recomputed (the reported percent only where amounts are missing).",
	"bobot_sakip":                 "Weight of the SAKIP score (configuration weights.sakip).",
	"bobot_capaian":               "Weight of capaian_persen (configuration weights.capaian).",
	"bobot_serapan":               "Weight of serapan_persen (configuration weights.serapan).",
	"jumlah_satker_provinsi_prev": "N of the previous year's ranking (denominator of peringkat_prev).",
	"peringkat_delta":             "peringkat - peringkat_prev (negative = moved up); only when both years stand on the same basis.",
	"predikat_peringkat":          "Order of the predikat on the scale of ref_predikat (higher is better).",
	"predikat_cocok":              "True when the stated predikat is the band of the stated score (or one of them is missing).",
	"predikat_lapor":              "Predikat as stated in the report.",
	"predikat_nilai":              "Predikat the score's band gives (PermenPAN-RB 88/2021).",
	"predikat_peringkat_delta":    "Change of predikat_peringkat from the previous evaluated year.",
	"komponen_perencanaan":        "SAKIP component score: perencanaan kinerja (of 30).",
	"komponen_pengukuran":         "SAKIP component score: pengukuran kinerja (of 30).",
	"komponen_pelaporan":          "SAKIP component score: pelaporan kinerja (of 15).",
	"komponen_evaluasi_internal":  "SAKIP component score: evaluasi akuntabilitas kinerja internal (of 25).",
	"jumlah_komponen":             "Component scores stated (0-4).",
	"komponen_jumlah":             "Sum of the stated component scores.",
	"komponen_selisih":            "komponen_jumlah - nilai (0 when the components add up).",
	"jumlah_program":              "Budget programs stated under the total.",
	"porsi_pagu":                  "The program's pagu in percent of the satker's total pagu.",
	"jumlah_kegiatan":             "Activities (kegiatan) stated under the program.",
	"provinsi":                    "Name of the satker's province.",
}

// contractOrder is where a column's comment is looked up last, in order.
var contractOrder = []string{"satker", "dokumen", "anggaran", "sakip", "sakip_komponen", "capaian", "capaian_seri", "dpt", "rb", "temuan"}

// columnComment finds the comment of column c of model m.
func columnComment(m Model, c string, contract map[string]string) string {
	if s := parseColumns(m.SQL)[c]; s != "" {
		return s
	}
	if s := columnDocs[c]; s != "" {
		return s
	}
	for _, suf := range []struct{ suffix, text string }{
		{"_sejenis_delta_pct", "Change of %s from the previous election of the same kind, in percent."},
		{"_sejenis_delta", "Change of %s from the previous election of the same kind."},
		{"_sejenis_prev", "%s at the previous election of the same kind (tahun_sejenis_prev)."},
		{"_delta_pct", "Change of %s from %[1]s_prev, in percent of %[1]s_prev."},
		{"_delta", "Change of %s from %[1]s_prev."},
		{"_prev", "%s of the previous period (the year before; in mart_dpt the previous election)."},
	} {
		if base, ok := strings.CutSuffix(c, suf.suffix); ok && base != "" {
			return fmt.Sprintf(suf.text, base)
		}
	}
	return contract[c]
}

// contractComments reads the column comments of the contract views (the
// families' from the registry, satker's and dokumen's from the warehouse),
// the first table of contractOrder winning for a name found in several.
func contractComments(ctx context.Context, conn *sql.Conn) (map[string]string, error) {
	rows, err := conn.QueryContext(ctx, `SELECT table_name, column_name, comment FROM duckdb_columns()
		WHERE database_name = current_database() AND comment IS NOT NULL AND comment <> ''`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byTable := map[string]map[string]string{}
	for rows.Next() {
		var t, c, s string
		if err := rows.Scan(&t, &c, &s); err != nil {
			return nil, err
		}
		if byTable[t] == nil {
			byTable[t] = map[string]string{}
		}
		byTable[t][c] = s
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// The families' views may not be built yet: their comments come from
	// the registry, where they are declared.
	for _, f := range family.Families {
		byTable[f.Name] = map[string]string{}
		for _, c := range f.ViewColumns(0) {
			byTable[f.Name][c.Name] = c.Comment
		}
	}
	out := map[string]string{}
	for i := len(contractOrder) - 1; i >= 0; i-- {
		for c, s := range byTable[contractOrder[i]] {
			out[c] = s
		}
	}
	return out, nil
}

// comment writes the model's COMMENT ON statements: the description on the
// table or view, a comment on every column one is found for.
func comment(ctx context.Context, conn *sql.Conn, m Model, contract map[string]string) error {
	if m.Description != "" {
		if _, err := conn.ExecContext(ctx, "COMMENT ON "+strings.ToUpper(m.Materialized)+" "+m.Name+" IS "+quote(m.Description)); err != nil {
			return fmt.Errorf("comment: %w", err)
		}
	}
	// pragma_table_info reads the one catalog entry; duckdb_columns()
	// lists every column of every table and view first (15 such scans
	// were a quarter of EnsureViews on a fresh warehouse).
	rows, err := conn.QueryContext(ctx, "SELECT name FROM pragma_table_info("+quote(m.Name)+") ORDER BY cid")
	if err != nil {
		return fmt.Errorf("comment: %w", err)
	}
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			rows.Close()
			return fmt.Errorf("comment: %w", err)
		}
		cols = append(cols, c)
	}
	rows.Close()
	for _, c := range cols {
		s := columnComment(m, c, contract)
		if s == "" || !validName.MatchString(c) {
			continue
		}
		if _, err := conn.ExecContext(ctx, "COMMENT ON COLUMN "+m.Name+"."+c+" IS "+quote(s)); err != nil {
			return fmt.Errorf("comment %s: %w", c, err)
		}
	}
	return nil
}

// quote makes a SQL string literal: COMMENT ON takes no parameters.
func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// parseColumns reads "-- column: name: text" header lines (text may go on
// over the following comment lines).
func parseColumns(body string) map[string]string {
	out := map[string]string{}
	for _, e := range headerEntries(body) {
		if e.key == "column" {
			name, doc, _ := strings.Cut(e.value, ":")
			out[strings.TrimSpace(name)] = strings.TrimSpace(doc)
		}
	}
	return out
}
