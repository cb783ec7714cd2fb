-- unique: {{.Table}} has one row per ({{join .Columns}}){{if .OrNull}}, none of it NULL{{end}}.
SELECT {{join .Columns}}, count(*) AS jumlah
FROM {{.Table}}
GROUP BY {{join .Columns}}
HAVING count(*) > 1{{if .OrNull}}{{range .Columns}} OR {{.}} IS NULL{{end}}{{end}}
