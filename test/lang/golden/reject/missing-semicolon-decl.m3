MODULE MissingSemicolon;
VAR x: INTEGER
VAR y: INTEGER;
BEGIN
END MissingSemicolon.
