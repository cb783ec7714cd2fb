package parse

import (
	"fmt"
	"os"
	"testing"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

func TestZZDump(t *testing.T) {
	f := os.Getenv("DUMPF")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	txt, bad := alignSpaced(data)
	fmt.Println("unproven", bad)
	if os.Getenv("DUMPT") != "" {
		fmt.Println(string(txt))
		return
	}
	bl, _ := extract.TextWith(txt, extract.Limits{}.OrDefault())
	for _, b := range bl {
		if b.Kind != extract.Table {
			continue
		}
		fmt.Printf("TABLE %d-%d cap=%q\n", b.Start, b.End, b.Caption)
		for _, h := range b.Header {
			fmt.Printf("  H %q\n", h.Cells)
		}
		for _, r := range b.Rows {
			fmt.Printf("  R %d-%d %q\n", r.Start, r.End, r.Cells)
		}
	}
}

func TestZZProse(t *testing.T) {
	s := os.Getenv("DUMPS")
	if s == "" {
		t.Skip()
	}
	fmt.Println(pemilihanOf(s), electionYear(s), normalize.FindSatkers(s, "53", false))
}
