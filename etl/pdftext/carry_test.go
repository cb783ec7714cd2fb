package pdftext

import (
	"reflect"
	"testing"
)

func TestAdoptCarriedColumns(t *testing.T) {
	prev := []column{{60, 80}, {86, 260}, {290, 360}, {370, 440}}
	for _, tc := range []struct {
		name  string
		found []column
		want  []column
	}{
		{"first column empty on the next page", []column{{90, 250}, {300, 360}, {380, 440}}, prev},
		{"all columns present", []column{{60, 80}, {86, 250}, {300, 360}, {380, 440}}, []column{{60, 80}, {86, 250}, {300, 360}, {380, 440}}},
		{"text starting left of its column: another table", []column{{73, 250}, {300, 360}, {380, 440}}, []column{{73, 250}, {300, 360}, {380, 440}}},
		{"a column spanning two: another table", []column{{90, 360}, {380, 440}}, []column{{90, 360}, {380, 440}}},
		{"nothing carried", []column{{90, 250}, {300, 360}}, []column{{90, 250}, {300, 360}}},
		// laid out anew without the empty "No" column: the text column
		// starts inside it and every column still ends where it did
		{"empty first column shrunk", []column{{70, 259}, {300, 361}, {382, 440}}, []column{{60, 69.9}, {70, 260}, {290, 360}, {370, 440}}},
		{"shrunk, but another column ends elsewhere", []column{{70, 259}, {300, 350}, {382, 440}}, []column{{70, 259}, {300, 350}, {382, 440}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := prev
			if tc.name == "nothing carried" {
				p = nil
			}
			if got := adopt(tc.found, p); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("adopt = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestWrapsInto(t *testing.T) {
	line := func(size float64, base float64, ws ...[2]float64) textLine {
		var l textLine
		for i, w := range ws {
			l.words = append(l.words, word{text: "w" + string(rune('a'+i)), x0: w[0], x1: w[1], base: base, size: size, top: base - size/2, bottom: base + size/2})
		}
		finishLine(&l)
		return l
	}
	// Two rows of a borderless table: label column 86..260, amounts from 300.
	block := []textLine{
		line(9, 100, [2]float64{86, 120}, [2]float64{123, 200}, [2]float64{203, 258}, [2]float64{300, 360}),
		line(9, 116, [2]float64{86, 150}, [2]float64{300, 360}),
	}
	for _, tc := range []struct {
		name string
		l    textLine
		want bool
	}{
		{"first word could not fit after the cell: wrapped", line(9, 127, [2]float64{86, 200}), true},
		{"first word would have fitted: a new paragraph", line(9, 127, [2]float64{86, 100}, [2]float64{103, 110}), false},
		{"wider than its column: prose", line(9, 127, [2]float64{86, 200}, [2]float64{203, 400}), false},
		{"a row's pitch below: the next row", line(9, 132, [2]float64{86, 200}), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := tc.l
			if got := wrapsInto(block, &l); got != tc.want {
				t.Errorf("wrapsInto = %v, want %v", got, tc.want)
			}
		})
	}
}
