package report

import (
	"html/template"
	"io"
)

// The page is one file: CSS inline, charts as inline SVG drawn in svg.go,
// no script and nothing fetched, so it can be mailed or opened offline.
var page = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #222; margin: 24px auto; max-width: 1040px; padding: 0 16px; }
h1 { font-size: 24px; margin: 0 0 4px; color: #7a1f1f; }
h2 { font-size: 18px; margin: 32px 0 6px; border-bottom: 2px solid #7a1f1f; padding-bottom: 4px; }
p.sub { color: #555; margin: 0 0 12px; }
p.desc, p.note { color: #444; font-size: 13px; }
.prov { background: #f6f3ee; border: 1px solid #e2dccf; border-radius: 6px; padding: 8px 14px; font-size: 13px; }
.prov dl { display: grid; grid-template-columns: 180px 1fr; gap: 2px 12px; margin: 0; }
.prov dt { color: #666; }
.prov dd { margin: 0; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0 12px; font-size: 12px; }
svg .grid { stroke: #e5e5e5; stroke-width: 1; }
svg .axis { stroke: #888; stroke-width: 1; }
svg .tick { fill: #666; font-size: 11px; }
svg .label { fill: #222; font-size: 12px; dominant-baseline: middle; }
svg .value { fill: #333; font-size: 11px; }
svg .legend { fill: #333; font-size: 11px; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; margin-bottom: 8px; }
th { background: #7a1f1f; color: #fff; text-align: left; padding: 5px 7px; font-weight: 600; vertical-align: bottom; }
th.num { white-space: normal; }
.scroll { overflow-x: auto; }
td { padding: 4px 7px; border-bottom: 1px solid #eee; }
tr:nth-child(even) td { background: #faf8f5; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.null { color: #aaa; }
.synthetic { background: #b00020; color: #fff; font-weight: 700; padding: 10px 14px; border-radius: 6px; margin: 0 0 14px; font-size: 15px; }
p.lines { font-size: 14px; margin: 4px 0; }
p.chart-title { font-weight: 600; margin: 14px 0 0; }
footer { margin-top: 32px; color: #888; font-size: 12px; }
@media print { body { margin: 0; } h2 { break-after: avoid; } svg.chart { break-inside: avoid; } }
</style>
</head>
<body>
{{if .Synthetic}}<div class="synthetic" role="alert">{{.Synthetic}}</div>{{end}}
<header>
<h1>{{.Title}}</h1>
<p class="sub">{{.Subtitle}}</p>
<p class="desc">{{.Description}}</p>
</header>
<section class="prov" aria-label="Asal data">
<dl>{{range .Provenance}}<dt>{{index . 0}}</dt><dd>{{index . 1}}</dd>{{end}}</dl>
</section>
{{range .Sections}}
<section id="{{.ID}}">
<h2>{{.Title}}</h2>
{{if .Description}}<p class="desc">{{.Description}}</p>{{end}}
{{if .Empty}}<p class="note">{{.EmptyText}}</p>{{else if .Lines}}{{range .Lines}}<p class="lines">{{.}}</p>{{end}}{{else}}
{{.Chart}}
<div class="scroll"><table>
<thead><tr>{{range .Headers}}<th{{if .Num}} class="num"{{end}}>{{.Text}}</th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr>{{range .}}<td class="{{if .Num}}num{{end}}{{if .Null}} null{{end}}">{{.Text}}</td>{{end}}</tr>
{{end}}</tbody>
</table></div>
{{end}}
</section>
{{end}}
<footer>Dibuat oleh lkj, gudang data Laporan Kinerja KPU. Angka dibulatkan untuk tampilan; nilai lengkap ada di ekspor CSV, JSON dan XLSX.</footer>
</body>
</html>
`))

type htmlCell struct {
	Text      string
	Num, Null bool
}

type htmlSection struct {
	ID, Title, Description string
	Chart                  template.HTML
	Headers                []htmlCell
	Rows                   [][]htmlCell
	Lines                  []string
	Empty                  bool
	EmptyText              string
}

func writeHTML(w io.Writer, r *resolved) error {
	data := struct {
		Title, Subtitle, Description string
		Synthetic                    string
		Provenance                   [][2]string
		Sections                     []htmlSection
	}{Title: r.def.Title, Subtitle: r.subtitle(), Description: r.def.Description, Synthetic: r.syntheticBanner(),
		Provenance: r.provenanceLines()}
	for _, res := range r.results {
		s := htmlSection{ID: res.Section.ID, Title: res.Section.Title, Description: res.Section.Description,
			Empty: len(res.Rows) == 0, EmptyText: res.Section.emptyText()}
		if res.Section.Lines {
			s.Lines = res.lines()
			data.Sections = append(data.Sections, s)
			continue
		}
		// chartSVG escapes every text it writes; the rest is markup it made.
		s.Chart = template.HTML(chartSVG(res))
		res = res.shown()
		for _, c := range res.Section.Columns {
			s.Headers = append(s.Headers, htmlCell{Text: c.Header, Num: c.numeric()})
		}
		for _, row := range res.Rows {
			cells := make([]htmlCell, len(row))
			for i, c := range res.Section.Columns {
				cells[i] = htmlCell{Text: c.Format(row[i]), Num: c.numeric(), Null: row[i] == nil}
			}
			s.Rows = append(s.Rows, cells)
		}
		data.Sections = append(data.Sections, s)
	}
	return page.Execute(w, data)
}
