-- range: {{.Table}}.{{index .Columns 0}} lies within [{{.Min}}, {{.Max}}].
SELECT '{{.Table}}.{{index .Columns 0}}' AS kolom, {{.Row}} AS baris, {{index .Columns 0}}::VARCHAR AS nilai
FROM {{.Table}}
WHERE {{index .Columns 0}} < {{.Min}} OR {{index .Columns 0}} > {{.Max}}
