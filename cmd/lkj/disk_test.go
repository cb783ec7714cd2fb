package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The disk tests run lkj against folders it cannot write, files it cannot
// read and filesystems that fill up. As root (the usual CI container)
// permission bits are ignored, so read-only and full filesystems are made
// with a small tmpfs when mounting is allowed; otherwise those cases skip.

// mountTmpfs mounts a tmpfs with opts at a new folder path, unmounted at the
// end of the test. It reports false when this sandbox does not allow it.
func mountTmpfs(t *testing.T, path, opts string) bool {
	t.Helper()
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", path).CombinedOutput()
	if err != nil {
		t.Logf("mount -t tmpfs -o %s: %v %s", opts, err, strings.TrimSpace(string(out)))
		return false
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", path).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", path, err, out)
		}
	})
	return true
}

// realWarehouse ingests the two real reports into dir/db and returns the
// state, the baseline every disk test must leave unchanged.
func realWarehouse(t *testing.T, dir, db string) whState {
	t.Helper()
	reals, _ := filepath.Glob(filepath.Join(realCorpus(t), "*.txt"))
	if len(reals) == 0 {
		t.Skip("no real reports")
	}
	r := lkjDB(t, dir, db, append([]string{"ingest"}, reals...)...)
	if r.code != 0 && r.code != 3 {
		t.Fatalf("ingest real reports: exit %d\n%s", r.code, tail(r.stderr, 2000))
	}
	return readState(t, dir, db)
}

// stillHealthy checks that the warehouse opens, passes `lkj status`, holds
// only whole documents and has not changed.
func stillHealthy(t *testing.T, dir, db, after string, want whState) {
	t.Helper()
	if r := lkjDB(t, dir, db, "status"); r.code != 0 {
		t.Errorf("after %s: lkj status: exit %d: %s", after, r.code, r.stderr)
		return
	}
	assertWhole(t, dir, db)
	compareState(t, "after "+after, readState(t, dir, db), want)
}

// TestDiskMissingDBFolder: a --db in a folder that does not exist is a
// usage error (exit 2) naming the folder, for writers and readers alike,
// and lkj does not create the folder.
func TestDiskMissingDBFolder(t *testing.T) {
	dir := t.TempDir()
	reals, _ := filepath.Glob(filepath.Join(realCorpus(t), "*.txt"))
	if len(reals) == 0 {
		t.Skip("no real reports")
	}
	db := filepath.Join("no", "such", "folder", "lkj.duckdb")
	for _, args := range [][]string{
		{"init"},
		{"ingest", reals[0]},
		{"status"},
		{"query", "SELECT 1"},
	} {
		r := lkjDB(t, dir, db, args...)
		t.Logf("lkj --db %s %s: exit %d: %s", db, args[0], r.code, strings.TrimSpace(r.stderr))
		if r.code != 2 {
			t.Errorf("lkj %s with a missing --db folder: exit %d, want 2 (usage error)", args[0], r.code)
		}
		if !strings.Contains(r.stderr, filepath.Join("no", "such", "folder")) {
			t.Errorf("lkj %s: message does not name the folder: %s", args[0], r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); err == nil {
		t.Error("lkj created the missing --db folder")
	}
}

// TestDiskUnreadableInput: inputs that exist but cannot be read. A named
// input that cannot be opened is a usage error (exit 2); one found inside a
// folder is a rejected document (exit 3) named on stderr, and the others
// load. The warehouse is healthy after each.
func TestDiskUnreadableInput(t *testing.T) {
	if testing.Short() {
		t.Skip("disk tests skipped in -short")
	}
	dir := t.TempDir()
	const db = "wh.duckdb"
	base := realWarehouse(t, dir, db)

	reals, _ := filepath.Glob(filepath.Join(realCorpus(t), "*.txt"))
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	// A good document the warehouse does not hold yet, beside the bad ones:
	// one real report with one extra line, so its bytes are new.
	good, err := os.ReadFile(reals[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "a-good.txt"), append(good, "\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(in, "b-dangling.txt")); err != nil {
		t.Fatal(err)
	}

	// Named on the command line: usage error.
	r := lkjDB(t, dir, db, "ingest", filepath.Join("in", "b-dangling.txt"))
	t.Logf("ingest of a dangling symlink: exit %d: %s", r.code, strings.TrimSpace(r.stderr))
	if r.code != 2 || !strings.Contains(r.stderr, "b-dangling.txt") {
		t.Errorf("ingest of a dangling symlink: exit %d, want 2 with the path named: %s", r.code, r.stderr)
	}
	stillHealthy(t, dir, db, "a dangling symlink named", base)

	if os.Geteuid() != 0 {
		locked := filepath.Join(in, "c-locked.txt")
		if err := os.WriteFile(locked, good[:len(good)/2], 0o000); err != nil {
			t.Fatal(err)
		}
		r := lkjDB(t, dir, db, "ingest", filepath.Join("in", "c-locked.txt"))
		t.Logf("ingest of a chmod 000 file: exit %d: %s", r.code, strings.TrimSpace(r.stderr))
		if r.code != 3 || !strings.Contains(r.stderr, "rejected in/c-locked.txt") {
			t.Errorf("ingest of an unreadable file: exit %d, want 3 and a rejection naming it: %s", r.code, r.stderr)
		}
		os.Remove(locked)
	} else {
		t.Log("running as root: chmod 000 does not stop reads, the unreadable-file case is covered by the dangling symlink")
	}

	// Found in a folder: rejected by name, the good document loads.
	r = lkjDB(t, dir, db, "ingest", "in")
	noPanic(t, "ingest in/", r)
	if r.code != 3 || !strings.Contains(r.stderr, "rejected "+filepath.Join("in", "b-dangling.txt")) {
		t.Errorf("ingest of a folder with a dangling symlink: exit %d, want 3 and a rejection naming it: %s", r.code, r.stderr)
	}
	rows := documents(t, dir, db)
	if rows[filepath.Join("in", "a-good.txt")].status != "loaded" {
		t.Errorf("the good document beside the unreadable one: %+v", rows[filepath.Join("in", "a-good.txt")])
	}
	if r := lkjDB(t, dir, db, "status"); r.code != 0 {
		t.Errorf("status after the folder ingest: exit %d: %s", r.code, r.stderr)
	}
	assertWhole(t, dir, db)

	// A named pipe called .txt: opening it for reading blocks until a
	// writer appears, so a reader that opens it blindly hangs the run.
	fifoDir := filepath.Join(dir, "fifo")
	if err := os.MkdirAll(fifoDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(fifoDir, "pipe.txt"), 0o644); err != nil {
		t.Logf("mkfifo: %v; named-pipe case skipped", err)
		return
	}
	p := startLKJ(t, dir, "--db", db, "ingest", "fifo")
	res, hung := p.waitOrDump(20 * time.Second)
	if hung {
		t.Errorf("ingest of a folder holding a named pipe (fifo/pipe.txt) never ends: opening a FIFO blocks until a writer appears (SIGQUIT sent):\n%s",
			stackOf(res.stderr, "etl/ingest"))
	} else {
		t.Logf("ingest of a folder holding a named pipe: exit %d: %s", res.code, strings.TrimSpace(res.stderr))
		if res.code != 0 && res.code != 3 {
			t.Errorf("ingest of a named pipe: exit %d", res.code)
		}
	}
	if r := lkjDB(t, dir, db, "status"); r.code != 0 {
		t.Errorf("status after the named-pipe ingest: exit %d: %s", r.code, r.stderr)
	}
	assertWhole(t, dir, db)
}

// TestDiskExportUnwritable: an export into a place that cannot be written
// fails with a message naming it, leaves nothing half-written, and leaves
// the warehouse healthy.
func TestDiskExportUnwritable(t *testing.T) {
	if testing.Short() {
		t.Skip("disk tests skipped in -short")
	}
	if !hasCommand(t, "export") {
		t.Skip("`lkj export` does not exist yet")
	}
	dir := t.TempDir()
	const db = "wh.duckdb"
	base := realWarehouse(t, dir, db)
	if hasCommand(t, "build") {
		if r := lkjDB(t, dir, db, "build"); r.code != 0 && r.code != 3 {
			t.Fatalf("lkj build: exit %d: %s", r.code, tail(r.stderr, 2000))
		}
		base = readState(t, dir, db)
	}
	type target struct {
		name, out string
		codes     []int  // accepted exit codes
		word      string // the message must contain this (besides the path)
	}
	var targets []target
	// Under a file: no one, root included, can create it.
	targets = append(targets, target{"under a file", "/dev/null/extract", []int{1, 2}, ""})
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "ro")
		if err := os.MkdirAll(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(ro, 0o755) })
		targets = append(targets, target{"in a chmod 0555 folder", filepath.Join(ro, "extract"), []int{1, 2}, ""})
	} else if mountTmpfs(t, filepath.Join(dir, "ro"), "ro,size=1m") {
		targets = append(targets, target{"on a read-only filesystem", filepath.Join(dir, "ro", "extract"), []int{1, 2}, ""})
	} else {
		t.Log("root and no tmpfs: the read-only folder case is skipped")
	}
	if mountTmpfs(t, filepath.Join(dir, "full"), "size=64k") {
		targets = append(targets, target{"on a full filesystem", filepath.Join(dir, "full", "extract"), []int{1}, "space"})
	} else {
		t.Log("no tmpfs: the disk-full export case is skipped")
	}
	for _, tg := range targets {
		r := lkjDB(t, dir, db, "export", "--out", tg.out)
		noPanic(t, "export "+tg.name, r)
		t.Logf("export %s: exit %d: %s", tg.name, r.code, strings.TrimSpace(r.stderr))
		ok := false
		for _, c := range tg.codes {
			ok = ok || r.code == c
		}
		if !ok {
			t.Errorf("export %s: exit %d, want one of %v", tg.name, r.code, tg.codes)
		}
		if !strings.Contains(r.stderr, tg.out) && !strings.Contains(r.stderr, filepath.Dir(tg.out)) {
			t.Errorf("export %s: the message does not name %s: %s", tg.name, tg.out, r.stderr)
		}
		if tg.word != "" && !strings.Contains(strings.ToLower(r.stderr), tg.word) {
			t.Errorf("export %s: the message does not say %q: %s", tg.name, tg.word, r.stderr)
		}
		if _, err := os.Stat(tg.out); err == nil {
			t.Errorf("export %s: %s exists after a failed export (half-written extract visible)", tg.name, tg.out)
		}
		if parent := filepath.Dir(tg.out); strings.HasPrefix(parent, dir) {
			if left := entriesOf(t, parent); len(left) > 0 {
				t.Logf("export %s left in %s: %v", tg.name, parent, left)
			}
		}
		stillHealthy(t, dir, db, "export "+tg.name, base)
	}
}

// TestDiskFullIngest fills the warehouse's filesystem in the middle of an
// ingest. The run must fail as a runtime failure (exit 1) saying the disk is
// full, the warehouse must still open with only whole documents, and once
// there is room again a rerun must end exactly where a clean run does — no
// document may stay "rejected" because the disk was full.
func TestDiskFullIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("disk tests skipped in -short")
	}
	dir := t.TempDir()
	if r := lkjDB(t, dir, "empty.duckdb", "init"); r.code != 0 {
		t.Fatalf("init: exit %d: %s", r.code, r.stderr)
	}
	st, err := os.Stat(filepath.Join(dir, "empty.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(dir, "small")
	size := (st.Size() + 768<<10) / 1024
	if !mountTmpfs(t, small, "size="+strconv.FormatInt(size, 10)+"k") {
		t.Skip("tmpfs not permitted here: disk-full ingest skipped")
	}
	copyFile(t, filepath.Join(dir, "empty.duckdb"), filepath.Join(small, "wh.duckdb"))
	corpus := sampleCorpus(t, dir, "2020-2024", 80)

	db := filepath.Join(small, "wh.duckdb")
	r, hung := startLKJ(t, dir, "--db", db, "--workers", "2", "ingest", corpus).waitOrDump(2 * time.Minute)
	if hung {
		t.Fatalf("ingest on a full disk never ends (SIGQUIT sent):\n%s", stackOf(r.stderr, "main."))
	}
	noPanic(t, "ingest on a full disk", r)
	t.Logf("ingest on a full disk: exit %d: %s", r.code, tail(strings.TrimSpace(r.stdout+"\n"+lastLines(r.stderr, 4)), 1500))
	if r.code != 1 {
		t.Errorf("ingest on a full disk: exit %d, want 1 (runtime failure)", r.code)
	}
	if !strings.Contains(strings.ToLower(r.stderr), "space") {
		t.Errorf("ingest on a full disk: the message does not say the disk is full")
	}
	if rr := lkjDB(t, dir, db, "status"); rr.code != 0 {
		t.Fatalf("status after the disk filled: exit %d: %s", rr.code, rr.stderr)
	}
	assertWhole(t, dir, db)
	var diskRejected []string
	for _, rec := range queryCSV(t, dir, db,
		"SELECT path || ': ' || pesan FROM etl_document WHERE status = 'rejected' AND lower(pesan) LIKE '%space%'") {
		diskRejected = append(diskRejected, rec[0])
	}
	if len(diskRejected) > 0 {
		t.Errorf("%d documents recorded as rejected because the disk was full (a rerun will skip them as unchanged), e.g. %s",
			len(diskRejected), diskRejected[0])
	}

	// Room again: move the warehouse to a normal folder and rerun.
	for _, ext := range []string{"", ".wal"} {
		if _, err := os.Stat(db + ext); err == nil {
			copyFile(t, db+ext, filepath.Join(dir, "moved.duckdb"+ext))
		}
	}
	rr := lkjDB(t, dir, "moved.duckdb", "--workers", "2", "ingest", corpus)
	noPanic(t, "rerun with room", rr)
	ref := lkjDB(t, dir, "ref.duckdb", "--workers", "2", "ingest", corpus)
	if ref.code != 0 && ref.code != 3 {
		t.Fatalf("reference ingest: exit %d", ref.code)
	}
	compareState(t, "rerun after the disk filled", readState(t, dir, "moved.duckdb"), readState(t, dir, "ref.duckdb"))
}

// stackOf cuts a SIGQUIT goroutine dump down to the goroutines whose stack
// mentions marker, so a failure shows where lkj was stuck.
func stackOf(dump, marker string) string {
	var keep []string
	for _, g := range strings.Split(dump, "\n\n") {
		if strings.Contains(g, marker) {
			keep = append(keep, g)
		}
	}
	if len(keep) == 0 {
		return tail(dump, 3000)
	}
	return tail(strings.Join(keep, "\n\n"), 6000)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// copyFile copies src to dst (created or truncated); copyTree copies every
// file with it.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
