(* Nested procedures read and write the variables of enclosing procedures. *)
MODULE Nested EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Outer (n: INTEGER): INTEGER =
  VAR total := 0;
  PROCEDURE Add (k: INTEGER) =
    PROCEDURE Deeper () =
      BEGIN
        INC(total, k * n)
      END Deeper;
    BEGIN
      Deeper()
    END Add;
  BEGIN
    FOR i := 1 TO 3 DO Add(i) END;
    RETURN total
  END Outer;
BEGIN
  IO.Put(Fmt.Int(Outer(10)) & "\n")
END Nested.
