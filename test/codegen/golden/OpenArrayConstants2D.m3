(* A named constant of an open array of open arrays is an array of its shape wherever it is
   used: passed to open formals, assigned, subscripted, measured. *)
MODULE OpenArrayConstants2D EXPORTS Main;
IMPORT IO, Fmt;
CONST
  C2 = ARRAY OF ARRAY OF INTEGER{ARRAY OF INTEGER{1, 2}, ARRAY OF INTEGER{3, 4}, ARRAY OF INTEGER{5, 6}};
  Other = ARRAY OF INTEGER{10, 20, 30};
PROCEDURE N (READONLY m: ARRAY OF ARRAY OF INTEGER): TEXT =
  VAR s := Fmt.Int(NUMBER(m)) & "x" & Fmt.Int(NUMBER(m[0])) & ":";
  BEGIN
    FOR i := 0 TO LAST(m) DO FOR j := 0 TO LAST(m[i]) DO s := s & " " & Fmt.Int(m[i, j]) END END;
    RETURN s
  END N;
PROCEDURE V (m: ARRAY OF ARRAY OF INTEGER): INTEGER =
  BEGIN
    RETURN NUMBER(m) * 100 + m[2, 1]
  END V;
VAR g := NEW(REF ARRAY OF ARRAY OF INTEGER, 3, 2);
BEGIN
  IO.Put(N(C2) & "\n");
  IO.Put(Fmt.Int(V(C2)) & " " & Fmt.Int(Other[1]) & "\n");
  g^ := C2;
  IO.Put(N(g^) & "\n");
  IO.Put(Fmt.Int(NUMBER(C2)) & " " & Fmt.Int(LAST(C2[0])) & " " & Fmt.Int(C2[1, 1]) & "\n");
END OpenArrayConstants2D.
