(* A VALUE open-array formal is a copy: the callee may change it without touching the actual. *)
MODULE ValueOpenArray EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE SumAndClear (a: ARRAY OF INTEGER): INTEGER =
  VAR s := 0;
  BEGIN
    FOR i := 0 TO LAST(a) DO INC(s, a[i]); a[i] := 0 END;
    RETURN s
  END SumAndClear;
VAR data := ARRAY [1 .. 4] OF INTEGER{1, 2, 3, 4}; r := NEW(REF ARRAY OF INTEGER, 2);
BEGIN
  r[0] := 10; r[1] := 20;
  IO.Put(Fmt.Int(SumAndClear(data)) & " " & Fmt.Int(data[1] + data[4]) & " ");
  IO.Put(Fmt.Int(SumAndClear(r^)) & " " & Fmt.Int(r[0] + r[1]) & "\n")
END ValueOpenArray.
