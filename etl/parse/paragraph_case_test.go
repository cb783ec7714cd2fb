package parse

import "testing"

// paraCase is one made-up paragraph under a report's head and the rows of
// one family it must give, written as factRows writes them.
type paraCase struct {
	name, text string
	want       []string
}

// checkParagraphs parses head followed by each case's paragraph and
// compares the family's rows with the case's want.
func checkParagraphs(t *testing.T, fam string, head []string, tests []paraCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, append(append([]string{}, head...), tc.text, ""))
			wantRows(t, fam, factRows[fam](d), tc.want)
		})
	}
}
