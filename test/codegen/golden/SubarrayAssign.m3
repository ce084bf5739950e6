(* Assigning to SUBARRAY copies into part of an array; overlapping copies behave as if via a temporary. *)
MODULE SubarrayAssign EXPORTS Main;
IMPORT IO, Fmt;
VAR a := ARRAY [0 .. 7] OF INTEGER{0, 1, 2, 3, 4, 5, 6, 7};
    b := ARRAY [0 .. 2] OF INTEGER{70, 80, 90};
PROCEDURE Show () =
  BEGIN
    FOR i := FIRST(a) TO LAST(a) DO IO.Put(Fmt.Int(a[i]) & " ") END;
    IO.Put("\n")
  END Show;
BEGIN
  SUBARRAY(a, 5, 3) := b;
  Show();
  SUBARRAY(a, 1, 4) := SUBARRAY(a, 0, 4);
  Show();
  WITH tail = SUBARRAY(a, 6, 2) DO tail[0] := -1; tail[1] := -2 END;
  Show()
END SubarrayAssign.
