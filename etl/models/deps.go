package models

import (
	"sort"
	"strings"
)

// token is one lexical unit of SQL: an identifier (possibly qualified, parts
// split), or one punctuation character. Literals and comments are dropped.
type token struct {
	parts []string // identifier parts, lower case; nil for punctuation
	punct byte
}

func (t token) word() string {
	if len(t.parts) == 1 {
		return t.parts[0]
	}
	return ""
}

// tokenize splits SQL into identifiers and punctuation, skipping comments,
// string literals and numbers: enough to find table references without a
// full parser.
func tokenize(sql string) []token {
	var toks []token
	i, n := 0, len(sql)
	readIdent := func() string {
		if sql[i] == '"' {
			j := i + 1
			var b strings.Builder
			for j < n {
				if sql[j] == '"' {
					if j+1 < n && sql[j+1] == '"' {
						b.WriteByte('"')
						j += 2
						continue
					}
					break
				}
				b.WriteByte(sql[j])
				j++
			}
			i = min(j+1, n)
			return strings.ToLower(b.String())
		}
		j := i
		for j < n && isIdentByte(sql[j]) {
			j++
		}
		s := strings.ToLower(sql[i:j])
		i = j
		return s
	}
	for i < n {
		c := sql[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '-' && i+1 < n && sql[i+1] == '-':
			for i < n && sql[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < n && sql[i+1] == '*':
			end := strings.Index(sql[i+2:], "*/")
			if end < 0 {
				i = n
			} else {
				i += end + 4
			}
		case c == '\'':
			i++
			for i < n {
				if sql[i] == '\'' {
					if i+1 < n && sql[i+1] == '\'' {
						i += 2
						continue
					}
					i++
					break
				}
				i++
			}
		case c >= '0' && c <= '9':
			for i < n && (isIdentByte(sql[i]) || sql[i] == '.') {
				i++
			}
		case c == '"' || isIdentStart(c):
			parts := []string{readIdent()}
			for i+1 < n && sql[i] == '.' && (sql[i+1] == '"' || isIdentStart(sql[i+1])) {
				i++
				parts = append(parts, readIdent())
			}
			toks = append(toks, token{parts: parts})
		default:
			toks = append(toks, token{punct: c})
			i++
		}
	}
	return toks
}

func isIdentStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80
}

func isIdentByte(c byte) bool { return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$' }

// fromEnders end a FROM list at their nesting level.
var fromEnders = map[string]bool{
	"where": true, "group": true, "having": true, "order": true, "limit": true, "qualify": true,
	"window": true, "union": true, "except": true, "intersect": true, "on": true, "using": true,
	"select": true, "set": true, "values": true, "returning": true,
}

// References returns the names in known that sql reads as a table: the
// check that a model's header declares everything it reads (Resolve); the
// order itself comes from the header. A reference is the relation after
// FROM or JOIN, or after a comma in a FROM list. Names
// defined in the query as CTEs (name AS (...)) shadow models and are not
// references; self is never its own dependency. The result is sorted.
func References(sql string, known map[string]bool, self string) []string {
	toks := tokenize(sql)
	ctes := map[string]bool{}
	for i := 0; i+2 < len(toks); i++ {
		if w := toks[i].word(); w != "" && toks[i+1].word() == "as" {
			next := toks[i+2]
			if next.word() == "materialized" && i+3 < len(toks) {
				next = toks[i+3]
			}
			if next.punct == '(' {
				ctes[w] = true
			}
		}
	}
	found := map[string]bool{}
	fromList := map[int]bool{}
	depth := 0
	expect := false
	for i, t := range toks {
		switch {
		case t.punct == '(':
			depth++
			fromList[depth] = false
			expect = false
		case t.punct == ')':
			fromList[depth] = false
			depth--
			expect = false
		case t.punct == ',':
			expect = fromList[depth]
		case t.parts != nil:
			if expect {
				expect = false
				isFunc := i+1 < len(toks) && toks[i+1].punct == '('
				name := t.parts[len(t.parts)-1]
				if !isFunc && known[name] && name != self && !ctes[name] {
					found[name] = true
				}
				continue
			}
			switch w := t.word(); {
			case w == "from":
				fromList[depth] = true
				expect = true
			case w == "join":
				expect = true
			case fromEnders[w]:
				fromList[depth] = false
			}
		default:
			expect = false
		}
	}
	out := make([]string, 0, len(found))
	for n := range found {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// stripComments drops comments and whitespace runs: used to tell an empty
// model from a real one.
func stripComments(sql string) string {
	var b strings.Builder
	for _, line := range strings.Split(sql, "\n") {
		if i := strings.Index(line, "--"); i >= 0 {
			line = line[:i]
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}
