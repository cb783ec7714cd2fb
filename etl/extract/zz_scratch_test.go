package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestScratchBlocks(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("SCR_FILE"))
	bs, _ := Text(data)
	for _, b := range bs {
		if b.End < 200 || b.Start > 245 {
			continue
		}
		fmt.Printf("kind=%v %d-%d flat=%v unproven=%v text=%.80q hdr=%d rows=%d\n", b.Kind, b.Start, b.End, b.Flat, b.Unproven, b.Text, len(b.Header), len(b.Rows))
		for _, r := range b.Rows {
			fmt.Printf("   %q\n", r.Cells)
		}
	}
}
