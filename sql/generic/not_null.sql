-- not_null: no row of {{.Table}} has a NULL {{join .Columns}}.
SELECT '{{.Table}}' AS tabel, {{.Row}} AS baris
FROM {{.Table}}
WHERE {{range $i, $c := .Columns}}{{if $i}} OR {{end}}{{$c}} IS NULL{{end}}
