package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT pasted as the update script that wrote it into a database: one
// statement a place, the counts in the SET list, the place (and the level,
// the election) in the WHERE condition:
//
//	BEGIN;
//	UPDATE rekap_dpt SET desa = 10, tps = 54, pemilih_l = 6503, pemilih_p = 6997, pemilih_total = 13500
//	  WHERE pemilihan = 'PILKADA 2020' AND tingkat = 'KEC' AND kecamatan = 'MALAKA TENGAH';
//	…
//	UPDATE rekap_dpt SET … WHERE pemilihan = 'PILKADA 2020' AND tingkat = 'KAB' AND kecamatan = 'MALAKA';
//	COMMIT;
//
// or an upsert, "INSERT INTO t (kecamatan, l, p, jumlah) VALUES ('X', 1,
// 2, 3) ON CONFLICT (kecamatan) DO UPDATE SET …": the inserted tuple is
// the record. Read as prose nothing loads (the INSERT reader, sql_insert.go,
// takes only plain tuples). sqlUpdates gathers each statement's SET pairs
// and WHERE equalities into one record: the place from a place column
// (promPlace: kecamatan, wilayah, nama …; kabupaten, kota: the whole), a
// level column (tingkat, level) saying KAB/KABUPATEN/KOTA/TOTAL makes the
// record the kabupaten's whole; the counts' roles from the column names
// (progDashRole: desa, tps, l, p, total …), a column of no count's meaning
// (harga, stok, flag) giving the statement no role and the run nothing.
// A run of statements into one table must speak of voters (the table, a
// column or the lines above: kvDPTContext), each place give L, P and the
// total; labelTable proves each by L + P = total and the whole by the sums
// of the areas', and vertWrite writes the run as a TAB table in place, so
// the DPT reader reads it under the caption above (the election there).

// sqlUpdStmt is one update statement read: its table, its column = value
// pairs (SET and WHERE together, in order), the offset after its ';'.
type sqlUpdStmt struct {
	table string
	pairs [][2]string
	end   int
}

// sqlUpdates rewrites the runs of DPT update statements of a text as TAB
// tables; data itself when it holds none.
func sqlUpdates(doc *facts.Document, data []byte) []byte {
	if !sqlMayHold(data, "UPDATE", "SET") || !sqlUpdateMay(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	text := strings.Join(lines, "\n")
	starts, lineOf := sqlLineStarts(lines)
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		st, ok := sqlUpdRead(text, starts[i])
		if !ok {
			continue
		}
		run := []sqlUpdStmt{st}
		at := []int{i}
		to := lineOf(st.end-1) + 1
		for to < len(lines) {
			k := to
			for k < len(lines) && sqlOnlyBlank(lines, k, k+1) {
				k++
			}
			if k == len(lines) {
				break
			}
			next, ok := sqlUpdRead(text, starts[k])
			if !ok || next.table != st.table {
				break
			}
			run = append(run, next)
			at = append(at, k)
			to = lineOf(next.end-1) + 1
		}
		if t, ok := sqlUpdTable(doc, lines, i, to, run, at); ok {
			tables = append(tables, t)
		}
		i = to - 1
	}
	return vertWrite(doc, data, lines, tables)
}

// sqlUpdTable proves a run of statements as a DPT: the table for
// vertWrite, whether it stands.
func sqlUpdTable(doc *facts.Document, lines []string, from, to int, run []sqlUpdStmt, at []int) (vertTable, bool) {
	t := vertTable{from: from, to: to}
	if len(run) < 2 {
		return t, false
	}
	words := []kvHash{{key: run[0].table}}
	for _, st := range run {
		for _, p := range st.pairs {
			words = append(words, kvHash{key: p[0]})
		}
	}
	if !kvDPTContext(lines, from, words) {
		return t, false
	}
	var all []label
	for s, st := range run {
		var place, counts [][2]string
		level := ""
		for _, p := range st.pairs {
			switch strings.ToLower(p[0]) {
			case "tingkat", "level", "tingkat_wilayah", "jenis_wilayah":
				level = strings.ToLower(p[1])
				continue
			}
			if reProgDashFig.MatchString(p[1]) && len(p[1]) <= 13 {
				counts = append(counts, p)
			} else {
				place = append(place, p)
			}
		}
		title, whole, rest := promPlace(place)
		if title == "" || len(rest) > 0 {
			return t, false // no place, or a condition of no known meaning
		}
		switch level {
		case "":
		case "kab", "kabupaten", "kota", "total", "semua":
			whole = true
		case "kec", "kecamatan", "distrik", "ppk":
			whole = false
		default:
			return t, false // a level below the kecamatan (desa, tps): no roll of ours
		}
		l := label{line: at[s], title: title, area: !whole}
		for _, c := range counts {
			r, done := progDashRole(promRoleWords([]string{c[0]}))
			if r < 0 || done {
				if promNeutral(strings.ToLower(c[0])) {
					continue // "tahun = 2020": the year, no count
				}
				return t, false // a column of no count's meaning: a shop's stock, a flag
			}
			n := sqlUpdInt(c[1])
			if l.has[r] && l.n[r] != n {
				doc.Add(facts.Finding{Span: facts.Span{Start: at[s] + 1, End: at[s] + 1}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
					Pesan: fmt.Sprintf("UPDATE baris %d: satu hitungan %s dengan dua angka berbeda; tidak dibaca", at[s]+1, title)})
				return t, false
			}
			l.has[r], l.n[r], l.vals[r] = true, n, c[1]
		}
		if !l.has[labelL] || !l.has[labelP] || !l.has[labelTotal] {
			return t, false
		}
		if whole && !labelWhole(l.title) {
			l.title = "Kabupaten " + l.title
		}
		all = append(all, l)
	}
	t, _, ok := labelTable(doc, t, all, "UPDATE")
	if !ok {
		return t, false
	}
	// the transaction's own lines and, when the statements are fewer lines
	// than the table's, the blank lines around give the table its room
	for t.from > 0 && sqlUpdTxn(lines[t.from-1]) {
		t.from--
	}
	for t.to < len(lines) && sqlUpdTxn(lines[t.to]) {
		t.to++
	}
	for t.to-t.from <= len(t.rows) && t.from > 0 && strings.TrimSpace(lines[t.from-1]) == "" {
		t.from--
	}
	for t.to-t.from <= len(t.rows) && t.to < len(lines) && strings.TrimSpace(lines[t.to]) == "" {
		t.to++
	}
	return t, t.to-t.from > len(t.rows)
}

// sqlUpdTxn: a line opening or closing a transaction ("BEGIN;", "START
// TRANSACTION;", "COMMIT;").
func sqlUpdTxn(l string) bool {
	switch strings.ToUpper(strings.TrimSuffix(strings.TrimSpace(l), ";")) {
	case "BEGIN", "BEGIN TRANSACTION", "START TRANSACTION", "BEGIN WORK", "COMMIT", "COMMIT WORK", "END", "END TRANSACTION":
		return true
	}
	return false
}

// sqlUpdInt reads a count of digits (a dot grouping thousands allowed).
func sqlUpdInt(s string) int64 {
	var n int64
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n = n*10 + int64(c-'0')
		}
	}
	return n
}

// sqlUpdRead reads one statement at p: "UPDATE t SET a = v, … WHERE k = v
// [AND k = v …];" or "INSERT INTO t (cols) VALUES (one tuple) ON CONFLICT
// … DO UPDATE SET …;" (MySQL's ON DUPLICATE KEY UPDATE alike).
func sqlUpdRead(s string, p int) (sqlUpdStmt, bool) {
	x := &sqlScan{s, p}
	var st sqlUpdStmt
	x.space()
	if x.p != p && strings.Contains(s[p:x.p], "\n") {
		return st, false // the statement starts on a later line
	}
	if x.word("INSERT") {
		return sqlUpsertRead(x)
	}
	if !x.word("UPDATE") {
		return st, false
	}
	x.word("ONLY")
	if st.table = x.ident(); st.table == "" {
		return st, false
	}
	if !x.word("SET") {
		return st, false
	}
	// SET's pairs cut by commas, WHERE's by AND
	pairs := func(more func() bool) bool {
		for {
			k, v, ok := sqlUpdPair(x)
			if !ok {
				return false
			}
			st.pairs = append(st.pairs, [2]string{k, v})
			if !more() {
				return true
			}
		}
	}
	if !pairs(func() bool { return x.punct(',') }) || !x.word("WHERE") || !pairs(func() bool { return x.word("AND") }) {
		return st, false
	}
	if !x.punct(';') {
		return st, false
	}
	st.end = x.p
	return st, true
}

// sqlUpdPair takes "name = literal" (NULL is no value: it fails).
func sqlUpdPair(x *sqlScan) (string, string, bool) {
	k := x.ident()
	if k == "" || !x.punct('=') {
		return "", "", false
	}
	v, ok := x.value()
	if !ok || !v.quoted && strings.EqualFold(v.text, "NULL") {
		return "", "", false
	}
	return k, v.text, true
}

// sqlUpsertRead reads the rest of an upsert after its INSERT: one tuple
// named by a column list, then ON CONFLICT / ON DUPLICATE KEY up to ';'
// (the SET list there repeats the tuple: EXCLUDED.x, VALUES(x)).
func sqlUpsertRead(x *sqlScan) (sqlUpdStmt, bool) {
	var st sqlUpdStmt
	if !x.word("INTO") {
		return st, false
	}
	if st.table = x.ident(); st.table == "" {
		return st, false
	}
	cols, ok := x.names()
	if !ok || !x.word("VALUES") || !x.punct('(') {
		return st, false
	}
	for i := 0; ; i++ {
		v, ok := x.value()
		if !ok || i >= len(cols) || !v.quoted && strings.EqualFold(v.text, "NULL") {
			return st, false
		}
		st.pairs = append(st.pairs, [2]string{cols[i], v.text})
		if x.punct(')') {
			break
		}
		if !x.punct(',') {
			return st, false
		}
	}
	if len(st.pairs) != len(cols) || !x.word("ON") || !(x.word("CONFLICT") || x.word("DUPLICATE")) {
		return st, false
	}
	k := strings.IndexByte(x.s[x.p:], ';')
	if k < 0 || strings.Contains(x.s[x.p:x.p+k], "\n\n") || strings.Contains(x.s[x.p:x.p+k], "'") {
		return st, false
	}
	st.end = x.p + k + 1
	return st, true
}

// sqlUpdateMay: some line opens an UPDATE statement, or an upsert's ON
// CONFLICT / ON DUPLICATE KEY clause stands in the text — read from the
// bytes, since "update" and "aset" are words of every report's prose.
func sqlUpdateMay(data []byte) bool {
	for _, w := range []string{"ON CONFLICT", "on conflict", "ON DUPLICATE", "on duplicate"} {
		if bytes.Contains(data, []byte(w)) {
			return true
		}
	}
	return someLine(data, func(l []byte) bool {
		l = bytes.TrimLeft(l, " \t")
		return len(l) > 7 && (l[6] == ' ' || l[6] == '\t') && bytes.EqualFold(l[:6], []byte("update"))
	})
}
