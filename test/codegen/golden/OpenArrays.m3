(* Open arrays: NEW with a length, open-array formals, NUMBER, LAST and SUBARRAY. *)
MODULE OpenArrays EXPORTS Main;
IMPORT IO, Fmt;
VAR r := NEW(REF ARRAY OF INTEGER, 5); fixed := ARRAY [0 .. 2] OF INTEGER{7, 8, 9};
PROCEDURE Sum (READONLY a: ARRAY OF INTEGER): INTEGER =
  VAR s := 0;
  BEGIN
    FOR i := 0 TO LAST(a) DO INC(s, a[i]) END;
    RETURN s
  END Sum;
PROCEDURE Fill (VAR a: ARRAY OF INTEGER; v: INTEGER) =
  BEGIN
    FOR i := FIRST(a) TO LAST(a) DO a[i] := v + i END
  END Fill;
BEGIN
  Fill(r^, 10);
  IO.Put(Fmt.Int(NUMBER(r^)) & " " & Fmt.Int(Sum(r^)) & " " & Fmt.Int(Sum(fixed)) & "\n");
  IO.Put(Fmt.Int(Sum(SUBARRAY(r^, 1, 3))) & " " & Fmt.Int(r[4]) & "\n");
  Fill(SUBARRAY(fixed, 1, 2), 0);
  IO.Put(Fmt.Int(fixed[0]) & Fmt.Int(fixed[1]) & Fmt.Int(fixed[2]) & "\n")
END OpenArrays.
