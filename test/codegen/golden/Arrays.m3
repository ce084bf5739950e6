(* Fixed arrays: subscripts with any index range, assignment copies, constructors. *)
MODULE Arrays EXPORTS Main;
IMPORT IO, Fmt;
TYPE Vec = ARRAY [1 .. 4] OF INTEGER;
VAR v := Vec{1, 2, 3, 4}; w: Vec; m: ARRAY [0 .. 2], [0 .. 2] OF INTEGER;
PROCEDURE Sum (READONLY a: Vec): INTEGER =
  VAR s := 0;
  BEGIN
    FOR i := FIRST(a) TO LAST(a) DO INC(s, a[i]) END;
    RETURN s
  END Sum;
BEGIN
  w := v;
  w[1] := 100;
  IO.Put(Fmt.Int(Sum(v)) & " " & Fmt.Int(Sum(w)) & " " & Fmt.Int(NUMBER(v)) & "\n");
  FOR i := 0 TO 2 DO FOR j := 0 TO 2 DO m[i, j] := i * 3 + j END END;
  IO.Put(Fmt.Int(m[2, 1]) & " " & Fmt.Int(m[1][2]) & "\n");
  IO.Put(Fmt.Bool(v = Vec{1, 2, 3, 4}) & " " & Fmt.Bool(v = w) & "\n")
END Arrays.
