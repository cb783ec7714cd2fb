package parse

import (
	"bytes"
	"strings"
)

// schemaRows' gate words (":-", "%!", "olom") are common in reports that
// declare no schema, and each such text was copied whole to a string and
// split into lines before its first line was asked. The lines are asked on
// the bytes as they lie first (bytesView: nothing of a line is kept), and
// only a text with a declaration is split.

// schemaDeclIn reports whether a line of data declares a schema, as
// schemaDecl tells.
func schemaDeclIn(data []byte) bool {
	for len(data) > 0 {
		ln := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			ln, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if _, ok := schemaDecl(bytesView(ln)); ok {
			return true
		}
	}
	return false
}

// schemaDecl reports whether line l opens a declared schema (an ARFF
// attribute, a Prolog or stack declaration, an SQL table, a codebook's
// heading), and whether it is an ARFF attribute. It keeps nothing of l.
func schemaDecl(l string) (arff, ok bool) {
	if !strings.ContainsAny(l, "@(:%") {
		return false, false // no declaration's mark: a cheap pass over the prose
	}
	_, arff = schemaAttr(l)
	_, _, _, prolog := schemaPrologDecl(l)
	_, _, stack := schemaStackDecl(l)
	if !arff && !prolog && !stack && !reSchemaCreate.MatchString(l) && !reSchemaCodebook.MatchString(l) {
		return false, false
	}
	return arff, true
}
