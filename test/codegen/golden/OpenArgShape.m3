(* exit: 1 *)
(* An open array passed to a fixed-array formal must have the formal's length: the actual r^ is
   checked at run time, at the actual. *)
MODULE OpenArgShape EXPORTS Main;
IMPORT IO, Fmt;
TYPE A3 = ARRAY [0 .. 2] OF INTEGER;
VAR r := NEW(REF ARRAY OF INTEGER, 4);
PROCEDURE Sum (a: A3): INTEGER =
  BEGIN
    RETURN a[0] + a[1] + a[2]
  END Sum;
BEGIN
  IO.Put(Fmt.Int(Sum(SUBARRAY(r^, 1, 3))) & "\n");
  IO.Put(Fmt.Int(Sum(r^)) & "\n")
END OpenArgShape.
