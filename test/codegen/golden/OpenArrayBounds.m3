(* An open array formal is indexed from 0 whatever the actual's index type; NUMBER gives its length. *)
MODULE OpenArrayBounds EXPORTS Main;
IMPORT IO, Fmt;
VAR v := ARRAY [10 .. 13] OF INTEGER{5, 6, 7, 8};
PROCEDURE Describe (READONLY a: ARRAY OF INTEGER) =
  BEGIN
    IO.Put(Fmt.Int(FIRST(a)) & ".." & Fmt.Int(LAST(a)) & " n=" & Fmt.Int(NUMBER(a)));
    IF NUMBER(a) > 0 THEN IO.Put(" first=" & Fmt.Int(a[0])) END;
    IO.Put("\n")
  END Describe;
BEGIN
  Describe(v);
  Describe(SUBARRAY(v, 2, 2));
  Describe(SUBARRAY(v, 4, 0));
  IO.Put(Fmt.Int(FIRST(v)) & ".." & Fmt.Int(LAST(v)) & "\n")
END OpenArrayBounds.
