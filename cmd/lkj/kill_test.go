package main_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// bgProc is an lkj child process the test can watch and kill. It counts the
// "loaded" log lines (JSON logs) so a test can kill it in the middle of a
// run rather than at a guessed moment.
type bgProc struct {
	cmd    *exec.Cmd
	mu     sync.Mutex
	stdout bytes.Buffer
	stderr bytes.Buffer
	loaded atomic.Int64
	done   chan struct{}
	state  *os.ProcessState
}

// startLKJ starts lkj in dir with a clean LKJ_* environment, as lkj() does.
// Give it --log-format json so loaded lines can be counted.
func startLKJ(t *testing.T, dir string, args ...string) *bgProc {
	t.Helper()
	return startLKJTo(t, dir, false, args...)
}

// startLKJTo is startLKJ; with devNull, stderr is /dev/null, as in a cron
// line ending in 2>/dev/null. /dev/null is a character device, so lkj takes
// it for a terminal and draws its progress bar there: a different code path.
func startLKJTo(t *testing.T, dir string, devNull bool, args ...string) *bgProc {
	t.Helper()
	p := &bgProc{cmd: exec.Command(lkjBinary(t), args...), done: make(chan struct{})}
	p.cmd.Dir = dir
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "LKJ_") {
			p.cmd.Env = append(p.cmd.Env, e)
		}
	}
	p.cmd.Stdout = &lockedWriter{&p.mu, &p.stdout}
	var errPipe io.Reader = strings.NewReader("")
	if devNull {
		null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer null.Close()
		p.cmd.Stderr = null
	} else {
		pipe, err := p.cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		errPipe = pipe
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	scanned := make(chan struct{})
	go func() {
		defer close(scanned)
		sc := bufio.NewScanner(errPipe)
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.Contains(line, `"msg":"loaded"`) {
				p.loaded.Add(1)
			}
			p.mu.Lock()
			p.stderr.WriteString(line + "\n")
			p.mu.Unlock()
		}
		_, _ = io.Copy(io.Discard, errPipe)
	}()
	go func() {
		<-scanned // Wait must not run before the pipe is drained
		_ = p.cmd.Wait()
		p.state = p.cmd.ProcessState
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func (p *bgProc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// waitLoaded waits until the process has logged n loaded documents or ended;
// it reports whether n was reached while the process ran.
func (p *bgProc) waitLoaded(n int64) bool {
	for p.loaded.Load() < n {
		select {
		case <-p.done:
			return p.loaded.Load() >= n
		case <-time.After(2 * time.Millisecond):
		}
	}
	return true
}

// kill sends SIGKILL and reports whether the signal is what ended the
// process (false: it had already finished).
func (p *bgProc) kill() bool {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
	ws, ok := p.state.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// waitOrDump waits for the process to end. A process still running after
// limit is taken as hung: it gets SIGQUIT, so the Go runtime prints every
// goroutine's stack into its stderr (the evidence for the report), and
// hung is true. limit is a guard against blocking the test forever, far
// above any normal duration, not a performance assertion.
func (p *bgProc) waitOrDump(limit time.Duration) (res result, hung bool) {
	select {
	case <-p.done:
		return p.wait(), false
	case <-time.After(limit):
	}
	_ = p.cmd.Process.Signal(syscall.SIGQUIT)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
	}
	return p.wait(), true
}

// wait waits for the process to end and returns its result.
func (p *bgProc) wait() result {
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	return result{p.state.ExitCode(), p.stdout.String(), p.stderr.String()}
}

func (p *bgProc) output() result {
	p.mu.Lock()
	defer p.mu.Unlock()
	code := -1
	if p.state != nil {
		code = p.state.ExitCode()
	}
	return result{code, p.stdout.String(), p.stderr.String()}
}

// whState is what a run leaves in a warehouse, for comparing two runs.
type whState struct {
	status    map[string]int64 // etl_document rows per status
	families  map[string]int64 // fact rows of loaded documents per family
	loadedIDs string           // sorted doc ids of the loaded documents
}

func readState(t *testing.T, dir, db string) whState {
	t.Helper()
	s := whState{status: map[string]int64{}, families: map[string]int64{}}
	for _, rec := range queryCSV(t, dir, db, "SELECT status, count(*) FROM etl_document GROUP BY status") {
		s.status[rec[0]] = atoi(t, rec[1])
	}
	for _, rec := range queryCSV(t, dir, db, `SELECT f.fam, sum(f.n) FROM (`+factCountsSQL()+`) f
		JOIN etl_document d USING (doc_id) WHERE d.status = 'loaded' GROUP BY f.fam`) {
		s.families[rec[0]] = atoi(t, rec[1])
	}
	var ids []string
	for _, rec := range queryCSV(t, dir, db, "SELECT doc_id FROM etl_document WHERE status = 'loaded' ORDER BY 1") {
		ids = append(ids, rec[0])
	}
	s.loadedIDs = strings.Join(ids, ",")
	return s
}

func (s whState) String() string {
	return fmt.Sprintf("documents %v, facts %v", s.status, s.families)
}

func compareState(t *testing.T, what string, got, want whState) {
	t.Helper()
	for _, st := range []string{"loaded", "rejected", "replaced"} {
		if got.status[st] != want.status[st] {
			t.Errorf("%s: %d documents %s, want %d as in one uninterrupted run", what, got.status[st], st, want.status[st])
		}
	}
	for _, fam := range factTables {
		if got.families[fam] != want.families[fam] {
			t.Errorf("%s: %s has %d rows, want %d as in one uninterrupted run", what, fam, got.families[fam], want.families[fam])
		}
	}
	if got.loadedIDs != want.loadedIDs {
		t.Errorf("%s: the set of loaded documents differs from one uninterrupted run", what)
	}
}

// killCorpus writes a few hundred distinct documents under dir/corpus and
// returns "corpus". It uses `lkj sample` (NTT, 2016–2024, seed 7: 23 × 9
// documents); when the generator is not usable yet, it falls back to
// variants of the real reports, each with one table digit changed.
func killCorpus(t *testing.T, dir string) string {
	t.Helper()
	return sampleCorpus(t, dir, "2016-2024", 100)
}

// sampleCorpus is killCorpus for the given years; fewer than minDocs text
// documents fall back to real-report variants.
func sampleCorpus(t *testing.T, dir, years string, minDocs int) string {
	t.Helper()
	out := filepath.Join(dir, "corpus")
	r := lkj(t, dir, "sample", "--scope", "ntt", "--years", years, "--seed", "7", "--out", out)
	if r.code == 0 {
		n := 0
		_ = filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
				n++
			}
			return nil
		})
		if n >= minDocs {
			return "corpus"
		}
		t.Logf("lkj sample wrote only %d text documents; using real-report variants", n)
	} else {
		t.Logf("lkj sample unusable (exit %d: %s); using real-report variants", r.code, tail(r.stderr, 300))
	}
	os.RemoveAll(out)
	variantCorpus(t, out, 2*minDocs)
	return "corpus"
}

// variantCorpus writes n distinct copies of the real reports, each with one
// digit of a table row changed, so every file has its own bytes and still
// parses.
func variantCorpus(t *testing.T, out string, n int) {
	t.Helper()
	reals, _ := filepath.Glob(filepath.Join(realCorpus(t), "*.txt"))
	if len(reals) == 0 {
		t.Skip("no sample generator and no real reports to build a corpus from")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 7))
	seen := map[string]bool{}
	for i := 0; len(seen) < n && i < 10*n; i++ {
		data, err := os.ReadFile(reals[i%len(reals)])
		if err != nil {
			t.Fatal(err)
		}
		var digits []int
		for j := bytes.IndexByte(data, '\t'); j >= 0 && j < len(data); j++ {
			if data[j] >= '1' && data[j] <= '8' {
				digits = append(digits, j)
			}
		}
		if len(digits) == 0 {
			t.Fatalf("%s has no digit after a TAB", reals[i%len(reals)])
		}
		j := digits[r.IntN(len(digits))]
		data[j]++
		h := sha256.Sum256(data)
		if seen[hex.EncodeToString(h[:])] {
			continue
		}
		seen[hex.EncodeToString(h[:])] = true
		name := fmt.Sprintf("v%03d-%s", len(seen), filepath.Base(reals[i%len(reals)]))
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkAfterCrash is what must hold after any interrupted run: the
// warehouse opens (read-only, as an analyst would first), no document is
// partial, and no Arrow staging view leaked into the file. Every problem
// is an error; the result says whether the warehouse is still worth
// testing further (a half-migrated one is, once lkj init has finished it).
func checkAfterCrash(t *testing.T, dir, db, when string) bool {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, db)); errors.Is(err, os.ErrNotExist) {
		return true // killed before DuckDB created the file
	}
	if r := lkjDB(t, dir, db, "status"); r.code != 0 {
		// A kill between two migrations leaves a warehouse at an older
		// schema; the next writer finishes the migration. Say so, and try
		// the remedy a user would: lkj init.
		t.Errorf("%s: lkj status: exit %d: %s", when, r.code, strings.SplitN(r.stderr, "\n", 2)[0])
		if r := lkjDB(t, dir, db, "init"); r.code != 0 {
			t.Errorf("%s: lkj init after the crash: exit %d: %s", when, r.code, r.stderr)
			return false
		}
		if r := lkjDB(t, dir, db, "status"); r.code != 0 {
			t.Errorf("%s: lkj status after lkj init: exit %d: %s", when, r.code, r.stderr)
			return false
		}
		t.Logf("%s: lkj init repaired the warehouse", when)
	}
	ok := assertWhole(t, dir, db)
	if rows := queryCSV(t, dir, db,
		"SELECT database_name || '.' || view_name FROM duckdb_views() WHERE view_name LIKE 'lkj_arrow_%'"); len(rows) > 0 {
		t.Errorf("%s: Arrow staging views left in the warehouse: %v", when, rows)
		ok = false
	}
	return ok
}

// TestKillIngest SIGKILLs `lkj ingest` at random moments — during start-up
// and migration, between documents and inside a document's transaction —
// and checks after each kill that the warehouse opens and holds only whole
// documents, then that an uninterrupted rerun ends exactly where one
// uninterrupted run on a fresh warehouse does.
func TestKillIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("kill test skipped in -short")
	}
	kills := 5
	if soak() {
		kills = 20
	}
	dir := t.TempDir()
	corpus := killCorpus(t, dir)

	start := time.Now()
	ref := lkjDB(t, dir, "ref.duckdb", "--workers", "2", "ingest", corpus)
	refTook := time.Since(start) // only to place signals, never asserted
	noPanic(t, "reference ingest", ref)
	if ref.code != 0 && ref.code != 3 {
		t.Fatalf("reference ingest: exit %d\n%s", ref.code, tail(ref.stderr, 2000))
	}
	want := readState(t, dir, "ref.duckdb")
	var total int64
	for _, n := range want.status {
		total += n
	}
	t.Logf("reference run: exit %d, %s", ref.code, want)

	// A second run over the same corpus changes nothing; its length is
	// lkj's fixed cost (open, discover, hash, close), used to aim kills.
	start = time.Now()
	noop := lkjDB(t, dir, "ref.duckdb", "--workers", "2", "ingest", corpus)
	fixed := time.Since(start)
	if noop.code != ref.code || !strings.Contains(noop.stdout, " 0 loaded") {
		t.Errorf("rerun of an unchanged corpus: exit %d (first run %d): %s", noop.code, ref.code, noop.stdout)
	}
	compareState(t, "rerun of an unchanged corpus", readState(t, dir, "ref.duckdb"), want)
	work := max(refTook-fixed, 100*time.Millisecond)

	interruptIngest(t, dir, corpus, refTook)

	seed := envSeed(t, "LKJ_KILL_SEED", 7)
	r := rand.New(rand.NewPCG(seed, 99))
	const db = "kill.duckdb"
	killed, finished := 0, 0
	for attempt := 0; killed < kills && attempt < 4*kills; attempt++ {
		var done int64
		if _, err := os.Stat(filepath.Join(dir, db)); err == nil {
			for _, rec := range queryCSV(t, dir, db, "SELECT count(*) FROM etl_document") {
				done = atoi(t, rec[0])
			}
		}
		// One kill in four (and always the first: on the fresh file, the
		// migrations) lands in start-up; the others at a uniformly random
		// moment of an equal share of the work left, so they land in
		// reading, staging and inside a load transaction in proportion to
		// the time each takes. (lkj commits documents in groups, so waiting
		// for its log lines would only ever kill between groups.)
		left := total - done
		share := work * time.Duration(left) / time.Duration(max(total, 1)) * 2 / time.Duration(kills-killed+1)
		var delay time.Duration
		if killed == 0 || r.IntN(4) == 0 {
			delay = time.Duration(r.Int64N(int64(fixed)))
		} else {
			delay = fixed + time.Duration(r.Int64N(int64(share)+1))
		}
		p := startLKJ(t, dir, "--db", db, "--log-format", "json", "--workers", "2", "ingest", corpus)
		select {
		case <-p.done:
		case <-time.After(delay):
		}
		when := fmt.Sprintf("kill %d (at %v, fixed cost %v, seed %d)", killed+1, delay.Round(time.Millisecond), fixed.Round(time.Millisecond), seed)
		if p.kill() {
			killed++
			t.Logf("%s: killed with %d documents logged loaded in this run", when, p.loaded.Load())
		} else {
			res := p.wait()
			finished++
			noPanic(t, "ingest", res)
			if res.code != 0 && res.code != 3 {
				t.Fatalf("%s: ingest ended by itself with exit %d\n%s", when, res.code, tail(res.stderr, 2000))
			}
		}
		if !checkAfterCrash(t, dir, db, when) {
			t.FailNow() // later kills would only pile up on a broken warehouse
		}
	}
	if killed < kills {
		t.Errorf("only %d of %d ingests were killed mid-run (%d finished first)", killed, kills, finished)
	}

	final := lkjDB(t, dir, db, "--workers", "2", "ingest", corpus)
	noPanic(t, "final ingest", final)
	// A rejection recorded by a killed run is reported again by the final
	// one (a scheduled job keeps exiting 3 until the document is fixed), so
	// the exit codes agree too.
	if final.code != ref.code {
		t.Errorf("final uninterrupted ingest: exit %d, the reference run exited %d\n%s", final.code, ref.code, tail(final.stderr, 2000))
	}
	assertWhole(t, dir, db)
	got := readState(t, dir, db)
	compareState(t, "after kills and a final run", got, want)
	t.Logf("%d kills survived, %d runs finished before their kill; final state: %s", killed, finished, got)
	if rows := queryCSV(t, dir, db, "SELECT count(*) FROM etl_run WHERE status = 'running'"); len(rows) == 1 {
		t.Logf("etl_run rows still marked running after the kills: %s", rows[0][0])
	}

	if !hasCommand(t, "export") {
		t.Log("`lkj export` does not exist yet: export kill test skipped")
		return
	}
	killExport(t, dir, db, kills)
}

// interruptIngest stops an ingest the polite way: SIGTERM, as a service
// manager or `timeout` sends, with stderr a pipe; and SIGINT, as Ctrl-C
// sends, with stderr /dev/null (lkj then draws its progress bar, the path a
// terminal user takes). lkj must stop promptly with exit 1 (a run that did
// not finish is a runtime failure) and leave only whole documents.
func interruptIngest(t *testing.T, dir, corpus string, refTook time.Duration) {
	t.Helper()
	cases := []struct {
		name    string
		sig     syscall.Signal
		devNull bool
	}{
		{"SIGTERM, stderr a pipe", syscall.SIGTERM, false},
		{"SIGINT, stderr /dev/null", syscall.SIGINT, true},
	}
	for i, c := range cases {
		db := fmt.Sprintf("interrupt-%d.duckdb", i)
		var p *bgProc
		if c.devNull {
			// No log to watch: a third of a whole run is mid-run. Text logs,
			// since lkj draws its bar only with them.
			p = startLKJTo(t, dir, true, "--db", db, "--workers", "2", "ingest", corpus)
			time.Sleep(refTook / 3)
		} else {
			p = startLKJ(t, dir, "--db", db, "--log-format", "json", "--workers", "2", "ingest", corpus)
			p.waitLoaded(3)
		}
		if p.exited() {
			t.Logf("%s: the ingest finished before the signal; case not exercised", c.name)
			continue
		}
		_ = p.cmd.Process.Signal(c.sig)
		res, hung := p.waitOrDump(60 * time.Second)
		if hung {
			t.Errorf("%s: lkj ingest did not stop within 60s of the signal (SIGQUIT sent; stack in stderr):\n%s",
				c.name, tail(res.stderr, 4000))
		} else {
			noPanic(t, c.name, res)
			t.Logf("%s: exit %d: %s", c.name, res.code, lastLines(res.stderr, 1))
			if res.code != 1 {
				t.Errorf("%s: exit %d, want 1 (the run did not finish)", c.name, res.code)
			}
		}
		checkAfterCrash(t, dir, db, c.name)
	}
}

// killExport kills `lkj export --out extract` at random moments; each time
// the previous extract must stay whole (its manifest matching its files)
// and nothing half-written may appear under the output name.
func killExport(t *testing.T, dir, db string, kills int) {
	t.Helper()
	if hasCommand(t, "build") {
		if r := lkjDB(t, dir, db, "build"); r.code != 0 && r.code != 3 {
			t.Fatalf("lkj build: exit %d: %s", r.code, tail(r.stderr, 2000))
		}
	}
	start := time.Now()
	first := lkjDB(t, dir, db, "export", "--out", "extract")
	took := time.Since(start) // only to place the kills, never asserted
	noPanic(t, "export", first)
	if first.code != 0 {
		t.Fatalf("export: exit %d\n%s", first.code, tail(first.stderr, 2000))
	}
	manifest := verifyExtract(t, dir, db, filepath.Join(dir, "extract"))
	siblings := entriesOf(t, dir)
	r := rand.New(rand.NewPCG(11, 11))
	killed := 0
	for attempt := 0; killed < kills && attempt < 4*kills; attempt++ {
		p := startLKJ(t, dir, "--db", db, "export", "--out", "extract")
		time.Sleep(time.Duration(r.Int64N(int64(took) + 1)))
		if p.kill() {
			killed++
		} else if res := p.wait(); res.code != 0 {
			t.Fatalf("export ended by itself with exit %d: %s", res.code, res.stderr)
		}
		m := verifyExtract(t, dir, db, filepath.Join(dir, "extract"))
		if len(m) != len(manifest) {
			t.Errorf("export kill %d: the extract lists %d files, before %d", killed, len(m), len(manifest))
		}
	}
	if killed < kills {
		t.Errorf("only %d of %d exports were killed mid-run", killed, kills)
	}
	if extra := diffEntries(entriesOf(t, dir), siblings); len(extra) > 0 {
		t.Logf("killed exports left these beside the extract (temporary folders, not visible under its name): %v", extra)
	}
	t.Logf("%d export kills survived; the extract stayed whole", killed)
}

func entriesOf(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// diffEntries lists the names of now that before lacks, WAL files aside.
func diffEntries(now, before []string) []string {
	var out []string
	for _, n := range now {
		if !slices.Contains(before, n) && !strings.HasSuffix(n, ".wal") {
			out = append(out, n)
		}
	}
	return out
}

// manifestFile is one file entry of manifest.json.
type manifestFile struct {
	path   string
	rows   int64
	sha256 string
}

// parseManifest finds the file entries of a manifest without fixing its
// exact layout: any JSON object naming a .parquet file (path, file or name)
// with a row count (rows, row_count, rowCount, n_rows).
func parseManifest(t *testing.T, b []byte) []manifestFile {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	var out []manifestFile
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			var f manifestFile
			for _, k := range []string{"path", "file", "name"} {
				if s, ok := x[k].(string); ok && strings.HasSuffix(s, ".parquet") {
					f.path = s
				}
			}
			rowsSet := false
			for _, k := range []string{"rows", "row_count", "rowCount", "n_rows"} {
				if n, ok := x[k].(float64); ok {
					f.rows, rowsSet = int64(n), true
				}
			}
			f.sha256, _ = x["sha256"].(string)
			if f.path != "" && rowsSet {
				out = append(out, f)
				return
			}
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	if len(out) == 0 {
		t.Fatalf("manifest.json lists no .parquet files with row counts:\n%s", tail(string(b), 2000))
	}
	return out
}

// verifyExtract checks an extract folder: its manifest's files exist with
// the stated sha256 and row counts, and nothing else is in the folder
// (a half-written partition would show up as an unlisted file).
func verifyExtract(t *testing.T, dir, db, out string) []manifestFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatalf("extract %s: %v", out, err)
	}
	files := parseManifest(t, b)
	listed := map[string]bool{"manifest.json": true}
	byTable := map[string][]manifestFile{} // one read_parquet per table: one schema each
	for _, f := range files {
		p := f.path
		if !filepath.IsAbs(p) {
			p = filepath.Join(out, p)
		}
		rel, _ := filepath.Rel(out, p)
		listed[rel] = true
		data, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("extract %s: manifest lists %s: %v", out, f.path, err)
			continue
		}
		if f.sha256 != "" {
			if h := sha256.Sum256(data); hex.EncodeToString(h[:]) != f.sha256 {
				t.Errorf("extract %s: %s sha256 differs from the manifest", out, f.path)
			}
		}
		top := strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]
		byTable[top] = append(byTable[top], manifestFile{path: p, rows: f.rows})
	}
	sqlStr := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	var q []string
	var want []string
	for _, fs := range byTable {
		var paths []string
		for _, f := range fs {
			paths = append(paths, sqlStr(f.path))
			want = append(want, fmt.Sprintf("(%s, %d)", sqlStr(f.path), f.rows))
		}
		q = append(q, fmt.Sprintf("SELECT filename, count(*) AS got FROM read_parquet([%s], filename = true, hive_partitioning = false) GROUP BY filename",
			strings.Join(paths, ", ")))
	}
	if len(q) > 0 {
		check := "WITH got AS (" + strings.Join(q, " UNION ALL ") + "), want(f, n) AS (VALUES " + strings.Join(want, ", ") + `)
			SELECT want.f, want.n, coalesce(got.got, 0) FROM want LEFT JOIN got ON got.filename = want.f WHERE coalesce(got.got, 0) <> want.n`
		for _, rec := range queryCSV(t, dir, db, check) {
			t.Errorf("extract %s: %s has %s rows, the manifest says %s", out, rec[0], rec[2], rec[1])
		}
	}
	var unlisted []string
	_ = filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(out, p)
		if !listed[rel] {
			unlisted = append(unlisted, rel)
		}
		return nil
	})
	sort.Strings(unlisted)
	if len(unlisted) > 0 {
		t.Errorf("extract %s holds files its manifest does not list: %v", out, unlisted)
	}
	return files
}
