-- accepted_values: {{.Table}}.{{index .Columns 0}} holds only {{join .Values}}.
SELECT '{{.Table}}.{{index .Columns 0}}' AS kolom, {{.Row}} AS baris, {{index .Columns 0}}::VARCHAR AS nilai
FROM {{.Table}}
WHERE {{index .Columns 0}} NOT IN ({{quoted .Values}})
