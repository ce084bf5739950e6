(* SUBARRAY of an array of arrays takes whole rows: reading, writing, passing and comparing it
   see the rows from the start given, each as long as the rows are. *)
MODULE SubarrayOfRows EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Trace (READONLY m: ARRAY OF ARRAY OF REAL): REAL =
  VAR t := 0.0;
  BEGIN
    FOR i := 0 TO LAST(m) DO t := t + m[i, i] END;
    RETURN t
  END Trace;
PROCEDURE Bump (VAR m: ARRAY OF ARRAY OF INTEGER) =
  BEGIN
    FOR i := 0 TO LAST(m) DO FOR j := 0 TO LAST(m[i]) DO INC(m[i, j], 100) END END
  END Bump;
VAR
  g := NEW(REF ARRAY OF ARRAY OF INTEGER, 3, 2);
  x := NEW(REF ARRAY OF ARRAY OF REAL, 3, 3);
BEGIN
  FOR i := 0 TO 2 DO FOR j := 0 TO 1 DO g[i, j] := i * 10 + j END END;
  WITH s = SUBARRAY(g^, 1, 2) DO IO.Put(Fmt.Int(s[0, 0]) & " " & Fmt.Int(s[1, 1]) & "\n") END;
  SUBARRAY(g^, 2, 1)[0, 1] := 77;
  IO.Put(Fmt.Int(g[2, 1]) & "\n");
  Bump(SUBARRAY(g^, 1, 1));
  IO.Put(Fmt.Int(g[0, 0]) & " " & Fmt.Int(g[1, 0]) & " " & Fmt.Int(g[1, 1]) & " " & Fmt.Int(g[2, 0]) & "\n");
  SUBARRAY(g^, 2, 1) := ARRAY OF ARRAY OF INTEGER{ARRAY OF INTEGER{5, 6}};
  FOR i := 0 TO 2 DO FOR j := 0 TO 1 DO IO.Put(Fmt.Int(g[i, j]) & " ") END END;
  IO.Put("\n");
  FOR i := 0 TO 2 DO FOR j := 0 TO 2 DO x[i, j] := FLOAT(i * 3 + j) END END;
  IO.Put(Fmt.Real(Trace(SUBARRAY(x^, 1, 2))) & "\n");
  IO.Put(Fmt.Bool(SUBARRAY(g^, 0, 1) = SUBARRAY(g^, 0, 1)) & "\n");
END SubarrayOfRows.
