(* A constant of an open array type (CONST C = ARRAY OF T{…}) has a static length: it can be
   indexed with a variable, passed to open-array formals and assigned to fixed and open arrays. *)
MODULE OpenArrayConstants EXPORTS Main;
IMPORT IO, Fmt;
CONST
  C = ARRAY OF INTEGER{1, 2, 3};
  N = ARRAY OF TEXT{"p", "q"};
VAR f: ARRAY [0 .. 2] OF INTEGER; r := NEW(REF ARRAY OF INTEGER, 3); i := 1;

PROCEDURE Sum (READONLY a: ARRAY OF INTEGER): INTEGER =
  VAR s := 0;
  BEGIN
    FOR j := FIRST(a) TO LAST(a) DO INC(s, a[j]) END;
    RETURN s
  END Sum;

BEGIN
  f := C;
  IO.Put(Fmt.Int(f[0]) & " " & Fmt.Int(f[1]) & " " & Fmt.Int(f[2]) & ", sum " & Fmt.Int(Sum(C)) & "\n");
  r^ := C;
  IO.Put(Fmt.Int(Sum(r^)) & " " & Fmt.Int(C[i]) & " " & N[i] & N[0] & " " & Fmt.Int(NUMBER(C)) & "\n")
END OpenArrayConstants.
