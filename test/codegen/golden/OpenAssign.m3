(* Assigning to an open array (r^, a VAR formal, SUBARRAY) copies every element once the lengths
   agree: from open array constructors, fixed arrays and other open arrays, of one dimension or
   two. *)
MODULE OpenAssign EXPORTS Main;
IMPORT IO, Fmt;

VAR
  ra := NEW(REF ARRAY OF INTEGER, 3);
  a := ARRAY [0 .. 3] OF INTEGER{0, 1, 2, 3};
  names := NEW(REF ARRAY OF TEXT, 2);
  p := NEW(REF ARRAY OF ARRAY OF INTEGER, 2, 3);
  q := NEW(REF ARRAY OF ARRAY OF INTEGER, 2, 3);
  n := 8;

PROCEDURE Show (READONLY x: ARRAY OF INTEGER): TEXT =
  VAR t := "";
  BEGIN
    FOR i := FIRST(x) TO LAST(x) DO t := t & " " & Fmt.Int(x[i]) END;
    RETURN t
  END Show;

PROCEDURE Fill (VAR x: ARRAY OF INTEGER) =
  BEGIN
    x := ARRAY OF INTEGER{n, n + 1, n + 2}
  END Fill;

BEGIN
  ra^ := ARRAY OF INTEGER{4, 5, 6};
  IO.Put("constructor:" & Show(ra^) & "\n");
  SUBARRAY(a, 1, 2) := ARRAY OF INTEGER{5, 6};
  IO.Put("SUBARRAY:" & Show(a) & "\n");
  ra^ := SUBARRAY(a, 1, 3);
  IO.Put("from SUBARRAY:" & Show(ra^) & "\n");
  Fill(ra^);
  IO.Put("VAR formal:" & Show(ra^) & "\n");
  names^ := ARRAY OF TEXT{"left", "right"};
  IO.Put("TEXT: " & names[0] & " " & names[1] & "\n");
  FOR i := 0 TO 1 DO FOR j := 0 TO 2 DO q[i, j] := 10 * i + j END END;
  p^ := q^;
  q[1, 2] := -1;
  IO.Put("2-D:" & Show(p[0]) & " /" & Show(p[1]) & "\n")
END OpenAssign.
