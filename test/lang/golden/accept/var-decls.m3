MODULE Vars;

VAR
  a: INTEGER;
  b, c: REAL := 1.5;
  d := 10;
  e: TEXT := "text";
  f, g: ARRAY [0 .. 3] OF BOOLEAN;

VAR h := NEW(REF INTEGER);

BEGIN
  a := d;
  h^ := a
END Vars.
