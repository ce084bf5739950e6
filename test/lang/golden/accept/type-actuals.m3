MODULE TypeActuals;

TYPE T = OBJECT x: INTEGER END;

VAR
  r := NEW(REF INTEGER);
  a := NEW(REF ARRAY OF T, 10);
  u := NEW(UNTRACED REF RECORD a, b: INTEGER END);
  o := NEW(T OBJECT y: INTEGER END, y := 2);
  b := NEW(BRANDED "tag" REF INTEGER);
  low := FIRST([0 .. 9]);
  size := BYTESIZE(ARRAY [0 .. 3] OF CHAR);
  n := NUMBER(SET OF [1 .. 5]);
  e := LAST({Lo, Hi});

BEGIN
END TypeActuals.
