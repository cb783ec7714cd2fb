package sharedtest

import (
	"strings"
	"testing"
)

// WantErr reports a test error unless err is what a table case wants: no
// error when want is "", else an error whose text contains want. name
// names the case in the message.
func WantErr(tb testing.TB, name string, err error, want string) {
	tb.Helper()
	switch {
	case want == "" && err != nil:
		tb.Errorf("%s: err = %v, want none", name, err)
	case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
		tb.Errorf("%s: err = %v, want %q", name, err, want)
	}
}
