package main_test

// The reliability suite: hostile documents (this file), crashes
// (kill_test.go), concurrent processes (lock_test.go) and failing disks
// (disk_test.go). The default forms fit in `make test`; LKJ_SOAK=1 runs the
// long forms (`make soak`).

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"

	"github.com/kpu-ntt/lkj/cmd/lkj/internal/mutate"
)

// soak reports whether the long forms were asked for.
func soak() bool { return os.Getenv("LKJ_SOAK") == "1" }

// envSeed reads a seed from the environment so a failing run can be
// repeated exactly; def otherwise.
func envSeed(t *testing.T, name string, def uint64) uint64 {
	t.Helper()
	if s := os.Getenv(name); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("%s=%q: %v", name, s, err)
		}
		return v
	}
	return def
}

// factTables are the fact families; etl_finding is bookkeeping, not facts
// (etl_document.facts does not count it).
var factTables = []string{"fact_capaian", "fact_capaian_seri", "fact_anggaran", "fact_sakip",
	"fact_sakip_komponen", "fact_rb", "fact_dpt"}

// factCountsSQL returns doc_id, fam, n: the fact rows per document and family.
func factCountsSQL() string {
	parts := make([]string, len(factTables))
	for i, t := range factTables {
		parts[i] = fmt.Sprintf("SELECT doc_id, '%s' AS fam, count(*) AS n FROM %s GROUP BY doc_id", t, t)
	}
	return strings.Join(parts, " UNION ALL ")
}

// partialDocsSQL finds documents whose facts are not whole: a loaded
// document whose etl_document.facts differs from its fact rows, and fact
// rows of a document that is not loaded (rejected, replaced or unknown).
func partialDocsSQL() string {
	return `WITH f AS (` + factCountsSQL() + `), a AS (SELECT doc_id, sum(n) AS n FROM f GROUP BY doc_id)
		SELECT coalesce(d.doc_id, a.doc_id) AS doc_id, coalesce(d.status, '(none)') AS status,
		       coalesce(d.facts, -1) AS recorded, coalesce(a.n, 0) AS actual, coalesce(d.path, '') AS path
		FROM etl_document d FULL OUTER JOIN a ON a.doc_id = d.doc_id
		WHERE (d.status = 'loaded' AND coalesce(d.facts, -1) <> coalesce(a.n, 0))
		   OR (d.status IS DISTINCT FROM 'loaded' AND coalesce(a.n, 0) > 0)`
}

// lkjDB runs lkj with --db db.
func lkjDB(t *testing.T, dir, db string, args ...string) result {
	t.Helper()
	return lkj(t, dir, append([]string{"--db", db}, args...)...)
}

// queryCSV runs a read-only query and returns its rows without the header.
// SQL longer than an argument may be (Linux: 128 KiB) goes through -f.
func queryCSV(t *testing.T, dir, db, q string) [][]string {
	t.Helper()
	args := []string{"query", "--format", "csv", q}
	if len(q) > 64<<10 {
		f, err := os.CreateTemp(dir, "query-*.sql")
		if err != nil {
			t.Fatal(err)
		}
		defer os.Remove(f.Name())
		if _, err := f.WriteString(q); err != nil {
			t.Fatal(err)
		}
		f.Close()
		args = []string{"query", "--format", "csv", "-f", f.Name()}
	}
	r := lkjDB(t, dir, db, args...)
	if r.code != 0 {
		t.Fatalf("query %q on %s: exit %d: %s", q, db, r.code, r.stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatalf("query %q: csv output: %v\n%s", q, err, r.stdout)
	}
	if len(recs) == 0 {
		t.Fatalf("query %q: no header in output", q)
	}
	return recs[1:]
}

func atoi(t *testing.T, s string) int64 {
	t.Helper()
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return n
}

// docFacts is doc_id → family → fact rows.
type docFacts map[string]map[string]int64

func factCounts(t *testing.T, dir, db string) docFacts {
	t.Helper()
	out := docFacts{}
	for _, rec := range queryCSV(t, dir, db, factCountsSQL()) {
		if out[rec[0]] == nil {
			out[rec[0]] = map[string]int64{}
		}
		out[rec[0]][rec[1]] = atoi(t, rec[2])
	}
	return out
}

// integritySQL finds etl_document rows no lkj run can have written: a
// status outside the CHECK list, a doc_id that is not the first 16 hex
// digits of the row's sha256, a duplicated doc_id. Such rows mean the file
// itself is damaged (a torn write replayed), which no per-document check
// would notice.
const integritySQL = `SELECT doc_id, status, path, 'bad row' AS problem FROM etl_document
	WHERE status NOT IN ('loaded', 'rejected', 'replaced') OR length(doc_id) <> 16 OR NOT starts_with(sha256, doc_id)
	UNION ALL
	SELECT doc_id, '', '', 'duplicate doc_id ×' || count(*) FROM etl_document GROUP BY doc_id HAVING count(*) > 1`

// assertWhole fails the test for every partial document in db and for
// every etl_document row that breaks the table's own invariants.
// It reports whether all was well.
func assertWhole(t *testing.T, dir, db string) bool {
	t.Helper()
	ok := true
	for _, rec := range queryCSV(t, dir, db, partialDocsSQL()) {
		t.Errorf("partial document %s (%s, status %s): etl_document.facts %s, fact rows %s",
			rec[0], rec[4], rec[1], rec[2], rec[3])
		ok = false
	}
	for _, rec := range queryCSV(t, dir, db, integritySQL) {
		t.Errorf("damaged etl_document row (%s): doc_id %q, status %q, path %q", rec[3], rec[0], rec[1], tail(rec[2], 200))
		ok = false
	}
	return ok
}

// hasCommand reports whether the binary knows a subcommand (later stages
// add commands; tests of them skip until they exist).
func hasCommand(t *testing.T, name string) bool {
	t.Helper()
	r := lkj(t, t.TempDir(), name, "--help")
	return r.code == 0 && !strings.Contains(r.stderr, "unknown command")
}

// noPanic fails when a run's stderr shows a Go panic or runtime crash.
func noPanic(t *testing.T, what string, r result) {
	t.Helper()
	for _, w := range []string{"panic", "goroutine ", "SIGSEGV", "fatal error"} {
		if strings.Contains(r.stderr, w) {
			t.Errorf("%s: stderr shows %q:\n%s", what, w, tail(r.stderr, 3000))
			return
		}
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

// repoPath is a path relative to the repository root (tests run in cmd/lkj).
func repoPath(t *testing.T, rel string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", rel))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// realCorpus is the folder of the two real reports, beside the repository
// (LKJ_REAL_CORPUS overrides).
func realCorpus(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("LKJ_REAL_CORPUS"); d != "" {
		return d
	}
	return sharedtest.Path(t, "corpus/real")
}

// A mutSource is one clean document the suite damages: a report text, an
// XLSX workbook, or a CSV template folder.
type mutSource struct {
	name string // short, for file names
	path string
	dir  bool
}

// mutationSources collects the real reports, the template fixtures and the
// synthetic preview corpus. Missing groups are logged: the preview corpus
// appears later than the rest.
func mutationSources(t *testing.T) []mutSource {
	t.Helper()
	var out []mutSource
	add := func(group, p string, dir bool) {
		base := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		if len(base) > 40 {
			base = base[len(base)-40:]
		}
		out = append(out, mutSource{name: group + "-" + base, path: p, dir: dir})
	}
	reals, _ := filepath.Glob(filepath.Join(realCorpus(t), "*.txt"))
	for _, p := range reals {
		add("real", p, false)
	}
	if len(reals) == 0 {
		t.Logf("no real reports under %s", realCorpus(t))
	}
	walk := func(group, root string) int {
		n := 0
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if d.Name() == "truth" {
					return filepath.SkipDir
				}
				if _, err := os.Stat(filepath.Join(p, "identitas.csv")); err == nil {
					add(group, p, true)
					n++
					return filepath.SkipDir
				}
				return nil
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".txt", ".xlsx":
				add(group, p, false)
				n++
			}
			return nil
		})
		return n
	}
	if n := walk("tpl", repoPath(t, "etl/template/testdata/good")); n == 0 {
		t.Log("no template fixtures under etl/template/testdata/good")
	}
	if n := walk("pre", repoPath(t, "etl/sample/testdata/preview")); n == 0 {
		t.Log("no synthetic preview corpus under etl/sample/testdata/preview yet")
	}
	return out
}

// mutDoc is one generated hostile document.
type mutDoc struct {
	rel    string // path as given to and recorded by lkj (relative to the test dir)
	kind   mutate.Kind
	source string
	seed   uint64
	batch  int
}

// writeMutation writes src mutated by kind under dst (a file, or a folder
// for a template) and returns a content hash (to keep documents distinct).
// For a template folder one CSV is damaged: for column mutations one that
// is not identitas.csv, so the family reader meets the change.
func writeMutation(t *testing.T, src mutSource, kind mutate.Kind, dst string, r *rand.Rand, hugeLine int64) string {
	t.Helper()
	h := sha256.New()
	if !src.dir {
		data, err := os.ReadFile(src.path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(dst)
		if err != nil {
			t.Fatal(err)
		}
		w := io.MultiWriter(f, h)
		if kind == mutate.HugeLine {
			err = mutate.WriteHugeLine(w, data, hugeLine, r)
		} else {
			err = mutate.WriteTo(w, kind, data, r)
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
		return hex.EncodeToString(h.Sum(nil))
	}
	copyTree(t, src.path, dst)
	entries, err := os.ReadDir(dst)
	if err != nil {
		t.Fatal(err)
	}
	var csvs, families []string
	for _, e := range entries {
		if strings.EqualFold(filepath.Ext(e.Name()), ".csv") {
			csvs = append(csvs, e.Name())
			if !strings.EqualFold(e.Name(), "identitas.csv") {
				families = append(families, e.Name())
			}
		}
	}
	pick := csvs
	if (kind == mutate.ExtraColumn || kind == mutate.MissingColumn) && len(families) > 0 {
		pick = families
	}
	if len(pick) == 0 {
		t.Fatalf("template %s has no CSV", src.path)
	}
	sort.Strings(pick)
	target := filepath.Join(dst, pick[r.IntN(len(pick))])
	data, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if kind == mutate.HugeLine {
		err = mutate.WriteHugeLine(&b, data, min(hugeLine, 4<<20), r) // templates cap CSVs at 32 MiB anyway
	} else {
		err = mutate.WriteTo(&b, kind, data, r)
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(target, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	names := append([]string(nil), csvs...)
	sort.Strings(names)
	for _, n := range names {
		c, err := os.ReadFile(filepath.Join(dst, n))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(c))
		h.Write(c)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// buildMutations writes n distinct hostile documents under dir/muts/bNN/.
// Document i = j*S + s (S sources) is source s with kind (s+j) mod K, put in
// batch j: every batch holds each source at most once (so its mutations do
// not replace each other in one warehouse) and, when S ≥ K, every kind.
// At most maxBatches batches are made; beyond that sources repeat inside a
// batch and some documents end "replaced", which the checks allow for.
// Exactly one document per hugeFull carries the full 50 MB line; other
// huge-line slots use 1–3 MB lines to keep disk and CPU use small.
func buildMutations(t *testing.T, dir string, srcs []mutSource, n, maxBatches, hugeFull int, seed uint64) []mutDoc {
	t.Helper()
	kinds := mutate.Kinds()
	S, K := len(srcs), len(kinds)
	nBatches := min(maxBatches, (n+S-1)/S)
	seen := map[string]bool{}
	var docs []mutDoc
	hugeLeft := hugeFull
	for i := 0; len(docs) < n && i < 4*n; i++ {
		s, j := i%S, i/S
		src := srcs[s]
		kind := kinds[(s+j)%K]
		batch := j % nBatches
		ext := filepath.Ext(src.path)
		if src.dir {
			ext = ""
		}
		name := fmt.Sprintf("m%04d-%s-%s%s", i, kind, src.name, ext)
		rel := filepath.Join("muts", fmt.Sprintf("b%02d", batch), name)
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, rel)), 0o755); err != nil {
			t.Fatal(err)
		}
		docSeed := seed*1_000_003 + uint64(i)
		r := rand.New(rand.NewPCG(docSeed, 0x6c6b6a))
		huge := int64(1<<20 + r.IntN(2<<20))
		if kind == mutate.HugeLine && hugeLeft > 0 && !src.dir {
			huge = mutate.HugeLineBytes
			hugeLeft--
		}
		sum := writeMutation(t, src, kind, filepath.Join(dir, rel), r, huge)
		if seen[sum] {
			// Same bytes as an earlier document (an empty file, a no-op
			// edit): lkj would rightly skip it as unchanged.
			if err := os.RemoveAll(filepath.Join(dir, rel)); err != nil {
				t.Fatal(err)
			}
			continue
		}
		seen[sum] = true
		docs = append(docs, mutDoc{rel: rel, kind: kind, source: src.name, seed: docSeed, batch: batch})
	}
	if len(docs) < n {
		t.Fatalf("only %d distinct mutated documents from %d sources", len(docs), S)
	}
	return docs
}

type docRow struct {
	docID, status, pesan string
	facts                int64
}

// documents reads etl_document (all statuses, unlike the dokumen view which
// hides replaced versions) keyed by recorded path.
func documents(t *testing.T, dir, db string) map[string]docRow {
	t.Helper()
	out := map[string]docRow{}
	for _, rec := range queryCSV(t, dir, db,
		"SELECT path, doc_id, status, coalesce(pesan, ''), coalesce(facts, 0) FROM etl_document") {
		out[rec[0]] = docRow{rec[1], rec[2], rec[3], atoi(t, rec[4])}
	}
	return out
}

// TestMutationSuite ingests hostile variants of every known-good document.
// Each must end loaded (with findings) or rejected with a message naming the
// file — never a crash, never a partial document — and every loaded one must
// hold exactly the facts a clean ingest of the same file gives.
func TestMutationSuite(t *testing.T) {
	if testing.Short() {
		t.Skip("mutation suite skipped in -short")
	}
	srcs := mutationSources(t)
	if len(srcs) == 0 {
		t.Skip("no source documents to mutate")
	}
	n, maxBatches, hugeFull := 200, 8, 1
	if soak() {
		n, maxBatches, hugeFull = 1000, 40, 3
	}
	seed := envSeed(t, "LKJ_MUTATION_SEED", 1)
	dir := t.TempDir()
	docs := buildMutations(t, dir, srcs, n, maxBatches, hugeFull, seed)
	t.Logf("%d mutated documents from %d sources (seed %d; LKJ_MUTATION_SEED repeats a run)", len(docs), len(srcs), seed)

	batches := map[int][]mutDoc{}
	for _, d := range docs {
		batches[d.batch] = append(batches[d.batch], d)
	}
	type tally struct {
		loaded, replaced, rejected, withFindings int
		reasons                                  map[string]int // rejection messages, digits and paths folded
	}
	perKind := map[mutate.Kind]*tally{}
	for _, k := range mutate.Kinds() {
		perKind[k] = &tally{reasons: map[string]int{}}
	}
	var survivors []mutDoc // loaded and still current: compared with a clean ingest
	dbs := map[int]string{}
	for b := 0; b < len(batches); b++ {
		db := fmt.Sprintf("wh-b%02d.duckdb", b)
		dbs[b] = db
		in := filepath.Join("muts", fmt.Sprintf("b%02d", b))
		r := lkjDB(t, dir, db, "--workers", "2", "ingest", in)
		noPanic(t, "ingest "+in, r)
		if r.code != 0 && r.code != 3 {
			t.Fatalf("ingest %s: exit %d, want 0 or 3\n%s", in, r.code, tail(r.stderr, 3000))
		}
		rows := documents(t, dir, db)
		fc := factCounts(t, dir, db)
		findings := map[string]bool{}
		for _, rec := range queryCSV(t, dir, db, "SELECT DISTINCT doc_id FROM etl_finding") {
			findings[rec[0]] = true
		}
		for _, d := range batches[b] {
			row, ok := rows[d.rel]
			repro := fmt.Sprintf("%s (kind %s, source %s, seed %d)", d.rel, d.kind, d.source, d.seed)
			if !ok {
				t.Errorf("%s: no etl_document row: neither loaded nor rejected", repro)
				continue
			}
			var actual int64
			for _, v := range fc[row.docID] {
				actual += v
			}
			tl := perKind[d.kind]
			switch row.status {
			case "loaded":
				tl.loaded++
				if findings[row.docID] {
					tl.withFindings++
				}
				if row.facts != actual {
					t.Errorf("%s: partial document: etl_document.facts %d, fact rows %d", repro, row.facts, actual)
				}
				survivors = append(survivors, d)
			case "replaced":
				tl.replaced++
				if actual != 0 {
					t.Errorf("%s: replaced but %d fact rows remain", repro, actual)
				}
			case "rejected":
				tl.rejected++
				tl.reasons[foldReason(row.pesan, d.rel)]++
				if actual != 0 {
					t.Errorf("%s: rejected but %d fact rows loaded", repro, actual)
				}
				if strings.TrimSpace(row.pesan) == "" {
					t.Errorf("%s: rejected without a message", repro)
				}
				if !strings.Contains(r.stderr, "rejected "+d.rel) {
					t.Errorf("%s: rejected (%s) but no stderr line names the file", repro, row.pesan)
				}
				if strings.Contains(row.pesan, "internal error") {
					t.Errorf("%s: a reader panicked (recovered): %s", repro, row.pesan)
				}
			default:
				t.Errorf("%s: status %q", repro, row.status)
			}
		}
		assertWhole(t, dir, db)
		t.Logf("batch %d: %d documents, exit %d", b, len(batches[b]), r.code)
	}

	var tot tally
	for _, k := range mutate.Kinds() {
		tl := perKind[k]
		t.Logf("%-16s loaded %3d (%3d with findings)  replaced %3d  rejected %3d", k, tl.loaded, tl.withFindings, tl.replaced, tl.rejected)
		tot.loaded += tl.loaded
		tot.replaced += tl.replaced
		tot.rejected += tl.rejected
		tot.withFindings += tl.withFindings
		for _, reason := range topReasons(tl.reasons, 3) {
			t.Logf("    rejected: %s", reason)
		}
	}
	t.Logf("%-16s loaded %3d (%3d with findings)  replaced %3d  rejected %3d", "total", tot.loaded, tot.withFindings, tot.replaced, tot.rejected)

	// Data tests over the damaged warehouses: findings may fail them (exit
	// 3), but they must run.
	if hasCommand(t, "test") {
		codes := map[int]int{}
		tested := min(3, len(dbs)) // building the marts costs a few seconds a warehouse
		if soak() {
			tested = len(dbs)
		}
		for b := 0; b < tested; b++ {
			if hasCommand(t, "build") {
				if r := lkjDB(t, dir, dbs[b], "build"); r.code != 0 {
					noPanic(t, "lkj build "+dbs[b], r)
					t.Errorf("lkj build on %s: exit %d\n%s", dbs[b], r.code, tail(r.stderr, 2000))
				}
			}
			r := lkjDB(t, dir, dbs[b], "test")
			noPanic(t, "lkj test "+dbs[b], r)
			codes[r.code]++
			if r.code != 0 && r.code != 3 {
				t.Errorf("lkj test on %s: exit %d, want 0 or 3\n%s", dbs[b], r.code, tail(r.stderr, 2000))
			}
		}
		t.Logf("lkj build + test over %d mutated warehouses: test exit codes %v", tested, codes)
	} else {
		t.Log("`lkj test` does not exist yet: data tests over the mutated warehouses skipped")
	}

	// All or none: the loaded documents, ingested again into fresh
	// warehouses, give the same facts per family. The survivors of one batch
	// never share satker, year and kind (else one would have replaced the
	// other), so ingesting them together is the same as one by one; a few
	// are also ingested truly alone.
	for b := 0; b < len(dbs); b++ {
		var rels []string
		for _, d := range survivors {
			if d.batch == b {
				rels = append(rels, d.rel)
			}
		}
		if len(rels) == 0 {
			continue
		}
		compareClean(t, dir, dbs[b], fmt.Sprintf("clean-b%02d.duckdb", b), rels)
	}
	alone := 3
	if soak() {
		alone = 20
	}
	for i := 0; i < alone && i < len(survivors); i++ {
		d := survivors[i*len(survivors)/alone]
		compareClean(t, dir, dbs[d.batch], fmt.Sprintf("alone-%d.duckdb", i), []string{d.rel})
	}
}

// foldReason turns a rejection message into its kind: the document's own
// path and every number removed, so equal causes count together.
func foldReason(msg, rel string) string {
	msg = strings.ReplaceAll(msg, rel, "<doc>")
	var b strings.Builder
	digit := false
	for _, r := range msg {
		if r >= '0' && r <= '9' {
			if !digit {
				b.WriteByte('N')
			}
			digit = true
			continue
		}
		digit = false
		b.WriteRune(r)
	}
	return tail(b.String(), 160)
}

func topReasons(m map[string]int, n int) []string {
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	var out []string
	for i := 0; i < n && i < len(all); i++ {
		out = append(out, fmt.Sprintf("%d× %s", all[i].v, all[i].k))
	}
	return out
}

// compareClean ingests rels into a fresh warehouse and compares each
// document's facts per family with those it has in db.
func compareClean(t *testing.T, dir, db, fresh string, rels []string) {
	t.Helper()
	r := lkjDB(t, dir, fresh, append([]string{"--workers", "2", "ingest"}, rels...)...)
	noPanic(t, "clean ingest", r)
	if r.code != 0 {
		t.Errorf("clean ingest of %d loaded documents: exit %d\n%s", len(rels), r.code, tail(r.stderr, 2000))
		return
	}
	got, want := factCounts(t, dir, fresh), factCounts(t, dir, db)
	ids := map[string]string{}
	for p, row := range documents(t, dir, fresh) {
		ids[p] = row.docID
	}
	for _, rel := range rels {
		id, ok := ids[rel]
		if !ok {
			t.Errorf("clean ingest: %s not recorded", rel)
			continue
		}
		for _, fam := range factTables {
			if got[id][fam] != want[id][fam] {
				t.Errorf("%s (%s): %s has %d rows after the mutation run, %d after a clean ingest",
					rel, id, fam, want[id][fam], got[id][fam])
			}
		}
	}
}

// TestReingestTwoVersions: a folder holding two versions of one report (same
// satker and year, different bytes) is ingested twice, as a nightly job
// does. The second run must change nothing: the newer version stays, the
// older stays replaced, exit 0 — a scheduled rerun, and the rerun after a
// crash, depend on it.
func TestReingestTwoVersions(t *testing.T) {
	reals, _ := filepath.Glob(filepath.Join(realCorpus(t), "*.txt"))
	if len(reals) == 0 {
		t.Skip("no real reports")
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "in"), 0o755); err != nil {
		t.Fatal(err)
	}
	v1, err := os.ReadFile(reals[0])
	if err != nil {
		t.Fatal(err)
	}
	v2 := append(bytes.Clone(v1), "\nCatatan: versi perbaikan.\n"...)
	for name, b := range map[string][]byte{"a-v1.txt": v1, "b-v2.txt": v2} {
		if err := os.WriteFile(filepath.Join(dir, "in", name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	first := lkjDB(t, dir, "wh.duckdb", "ingest", "in")
	if first.code != 0 {
		t.Fatalf("first ingest: exit %d\n%s", first.code, tail(first.stderr, 2000))
	}
	want := readState(t, dir, "wh.duckdb")
	if want.status["loaded"] != 1 || want.status["replaced"] != 1 {
		t.Fatalf("first ingest: %s; want one loaded and one replaced", want)
	}
	for run := 2; run <= 3; run++ {
		r := lkjDB(t, dir, "wh.duckdb", "ingest", "in")
		noPanic(t, "rerun", r)
		if r.code != 0 || !strings.Contains(r.stdout, " 0 loaded") {
			t.Errorf("ingest run %d of an unchanged folder: exit %d, want 0 and nothing loaded\n%s%s", run, r.code, r.stdout, tail(r.stderr, 1500))
		}
		compareState(t, fmt.Sprintf("ingest run %d", run), readState(t, dir, "wh.duckdb"), want)
		assertWhole(t, dir, "wh.duckdb")
	}
}
