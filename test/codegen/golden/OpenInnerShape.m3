(* exit: 1 *)
(* An open array passed to a formal whose inner dimension is fixed: the actual's inner length is
   checked at run time. *)
MODULE OpenInnerShape EXPORTS Main;
IMPORT IO, Fmt;
VAR
  p := NEW(REF ARRAY OF ARRAY OF INTEGER, 2, 3);
  q := NEW(REF ARRAY OF ARRAY OF INTEGER, 2, 4);
PROCEDURE Last (READONLY a: ARRAY OF ARRAY [0 .. 2] OF INTEGER): INTEGER =
  BEGIN
    RETURN a[LAST(a), 2]
  END Last;
BEGIN
  p[1, 2] := 5;
  IO.Put(Fmt.Int(Last(p^)) & "\n");
  IO.Put(Fmt.Int(Last(q^)) & "\n")
END OpenInnerShape.
