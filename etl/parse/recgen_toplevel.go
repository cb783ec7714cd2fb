package parse

import "strings"

// A run of record literals printed by a typed REPL (recgen.go) comes with
// the session around it: the prompt that asked for it, the type it was
// declared with and the value's typed head, a later answer:
//
//	utop # #use "capaian_2023.ml";;                      OCaml utop
//	# capaian_2023;;                                     OCaml toplevel
//	type capaian = { nomor : int; indikator : string; … }
//	val capaian_2023 : capaian list =
//	  [{nomor = 1; indikator = "…"; target = "80,00"; …};
//	   {nomor = 2; …}]
//	- : int = 8
//	> capaian;;   val it : Capaian list =                F# fsi
//	scala> capaian   res0: List[Capaian] =               Scala REPL
//	ghci> capaian    Prelude> :t capaian                 GHCi
//	- capaian;      val it =  [{…},  {…}]  : capaian list   SML
//
// Those lines are code, not a caption nor a paragraph: the run's table
// takes their place so the caption above (or the blank line) heads it as
// with any other run. A line is the session's only by its shape (a
// prompt, `val NAME :`, `- :`, `resN:`, a type declaration); the records'
// values are read, and proven, as for any other record literal.

// recgenToplevel: l is a typed REPL's line around a printed value.
func recgenToplevel(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	for _, p := range []string{"utop #", "scala>", "ghci>", "Prelude>", "λ>", "*Main>", "- :", "val it "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	if strings.HasPrefix(t, "utop[") && strings.Contains(t, "]>") {
		return true
	}
	// OCaml toplevel `# e;;`, F# fsi `> e;;`, SML `- e;`: the phrase's terminator
	if (strings.HasPrefix(t, "# ") || strings.HasPrefix(t, "> ")) && strings.HasSuffix(t, ";;") ||
		strings.HasPrefix(t, "- ") && strings.HasSuffix(t, ";") {
		return true
	}
	w := strings.Fields(t)
	if w[0] == ":" && len(w) <= 4 {
		return true // SML's type after the value, `: capaian list`
	}
	if len(w) < 3 {
		return false
	}
	switch w[0] {
	case "val": // OCaml, F#, SML, Scala 3: `val NAME : TYPE =`, `val NAME: TYPE =`
		return recgenToplevelName(strings.TrimSuffix(w[1], ":")) && (strings.HasSuffix(w[1], ":") || w[2] == ":")
	case "type", "data", "datatype": // a record type's declaration: `type NAME = …`
		return recgenToplevelName(w[1]) && (w[2] == "=" || len(w) > 3 && w[3] == "=")
	case "case": // Scala `case class NAME(…)`
		return w[1] == "class"
	}
	// Scala 2 `res0: List[Capaian] =`
	if n := strings.TrimSuffix(w[0], ":"); n != w[0] && strings.HasPrefix(n, "res") && n != "res" &&
		strings.Trim(n[3:], "0123456789") == "" {
		return true
	}
	return false
}

// recgenToplevelName: s is an identifier (a letter or '_' first, then also
// digits, '_' and the OCaml prime).
func recgenToplevelName(s string) bool {
	if s == "" || !(isLetterByte(s[0]) || s[0] == '_') {
		return false
	}
	for j := 1; j < len(s); j++ {
		if c := s[j]; !(isLetterByte(c) || c >= '0' && c <= '9' || c == '_' || c == '\'') {
			return false
		}
	}
	return true
}
