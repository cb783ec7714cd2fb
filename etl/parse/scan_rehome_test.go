package parse

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestRehomeWalk: every string of a Document, whatever its field, leaves
// the pooled buffer with its text unchanged, and a string that is not in
// the buffer stays where it is.
func TestRehomeWalk(t *testing.T) {
	if docStringsErr != nil {
		t.Fatal(docStringsErr)
	}
	text := []byte(strings.Repeat("abcdefghijklmnopqrstuvwxyz0123456789 ", 40))
	src, tb := lendText(text)
	if tb == nil {
		t.Fatal("no pooled buffer")
	}
	outside := strings.Repeat("x", 3)
	var doc facts.Document
	n := 0
	want := map[string]bool{}
	// every string field: a substring of src, each at its own place, some
	// overlapping; every third one a string of its own
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			n++
			s := src[n*7%len(src) : n*7%len(src)+5+n%9]
			if n%3 == 0 {
				s = outside
			}
			v.SetString(s)
			want[s] = true
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				fill(v.Field(i))
			}
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := 0; i < 2; i++ {
				fill(v.Index(i))
			}
		}
	}
	fill(reflect.ValueOf(&doc).Elem())
	before := clones(stringsOf(reflect.ValueOf(doc), nil))
	if len(before) < 50 {
		t.Fatalf("only %d strings filled", len(before))
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(src)))
	rehome(&doc, tb)
	after := clones(stringsOf(reflect.ValueOf(doc), nil))
	if !reflect.DeepEqual(before, after) {
		t.Fatalf("texts changed:\n%q\n%q", before, after)
	}
	moved := 0
	for _, s := range stringsOf(reflect.ValueOf(&doc).Elem(), nil) {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		if p >= base && p < base+uintptr(len(src)) {
			t.Errorf("%q still points into the pooled buffer", s)
		}
		if s == outside && unsafe.StringData(s) != unsafe.StringData(outside) {
			t.Errorf("a string outside the buffer was moved")
		}
		if s != outside {
			moved++
		}
	}
	if moved == 0 {
		t.Fatal("no string was in the buffer")
	}
}

// stringsOf lists the string values of v, depth first.
func stringsOf(v reflect.Value, out []string) []string {
	switch v.Kind() {
	case reflect.String:
		out = append(out, v.String())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			out = stringsOf(v.Field(i), out)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			out = stringsOf(v.Index(i), out)
		}
	}
	return out
}

// TestRehomeReuse: a document's facts survive the parse of the next ones,
// which reuse the buffer its text was read from.
func TestRehomeReuse(t *testing.T) {
	var docs []*facts.Document
	var want [][]string
	for _, p := range sharedtest.RealReports {
		data := sharedtest.Read(t, p)
		d, err := Text(p, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
		want = append(want, clones(stringsOf(reflect.ValueOf(d).Elem(), nil)))
		for i := range data {
			data[i] = 'Z' // the caller's bytes change: the facts must not
		}
	}
	for _, p := range sharedtest.RealReports { // the buffer serves again
		if _, err := Text(p, sharedtest.Read(t, p)); err != nil {
			t.Fatal(err)
		}
	}
	for i, d := range docs {
		got := stringsOf(reflect.ValueOf(d).Elem(), nil)
		if !reflect.DeepEqual(got, want[i]) {
			t.Errorf("document %d: its strings changed after later parses", i)
		}
		if len(got) < 100 {
			t.Errorf("document %d: only %d strings", i, len(got))
		}
	}
}

// clones copies each string: a copy does not change with the bytes the
// original points into.
func clones(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// TestCachesKeepOwnKeys: after documents are parsed, each key of the
// parser's process-wide memos is found again by its text: no key points
// into a pooled buffer a later document overwrote (a key whose bytes
// changed under its map would be lost, or answer for another cell).
func TestCachesKeepOwnKeys(t *testing.T) {
	for round := 0; round < 2; round++ {
		for _, p := range sharedtest.RealReports {
			if _, err := Text(p, sharedtest.Read(t, p)); err != nil {
				t.Fatal(err)
			}
		}
	}
	cellClasses.RLock()
	n := 0
	for k := range cellClasses.m {
		n++
		if _, ok := cellClasses.m[strings.Clone(k)]; !ok {
			t.Errorf("cell memo key %q is not found by its text", k)
		}
	}
	cellClasses.RUnlock()
	if n == 0 {
		t.Fatal("the cell memo is empty")
	}
	roleCache.Range(func(k, _ any) bool {
		if _, ok := roleCache.Load(strings.Clone(k.(string))); !ok {
			t.Errorf("role memo key %q is not found by its text", k)
		}
		return true
	})
	n = 0
	anggaranRoleCache.Range(func(k, v any) bool {
		n++
		if r, ok := anggaranRoleCache.Load(strings.Clone(k.(string))); !ok || r != anggaranRoleOf(k.(string)) || v != r {
			t.Errorf("budget role memo key %q is not found by its text, or not its role", k)
		}
		return true
	})
	if n == 0 {
		t.Fatal("the budget role memo is empty")
	}
}
