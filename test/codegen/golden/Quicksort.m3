(* Quicksort of an open array, with VAR open-array formals and SUBARRAY-free recursion. *)
MODULE Quicksort EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Sort (VAR a: ARRAY OF INTEGER; lo, hi: INTEGER) =
  VAR i := lo; j := hi; pivot := a[(lo + hi) DIV 2]; t: INTEGER;
  BEGIN
    WHILE i <= j DO
      WHILE a[i] < pivot DO INC(i) END;
      WHILE a[j] > pivot DO DEC(j) END;
      IF i <= j THEN t := a[i]; a[i] := a[j]; a[j] := t; INC(i); DEC(j) END
    END;
    IF lo < j THEN Sort(a, lo, j) END;
    IF i < hi THEN Sort(a, i, hi) END
  END Sort;
VAR data := NEW(REF ARRAY OF INTEGER, 20); seed := 7; ok := TRUE;
BEGIN
  FOR i := 0 TO LAST(data^) DO seed := (seed * 1103515245 + 12345) MOD 2147483648; data[i] := seed MOD 100 END;
  Sort(data^, 0, LAST(data^));
  FOR i := 0 TO LAST(data^) DO IO.Put(Fmt.Int(data[i]) & " "); IF i > 0 AND data[i - 1] > data[i] THEN ok := FALSE END END;
  IO.Put("\nsorted: " & Fmt.Bool(ok) & "\n")
END Quicksort.
