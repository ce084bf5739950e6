(* Nested procedures see the variables of the procedures that enclose them; a nested block
   (VAR … BEGIN … END) declares names that live until its END. *)
MODULE NestedProcedures EXPORTS Main;

IMPORT IO, Fmt;

PROCEDURE Outer (n: INTEGER): INTEGER =
  VAR total := 0;

  PROCEDURE Add (k: INTEGER) =
    BEGIN
      total := total + k * n;
    END Add;

  BEGIN
    FOR i := 1 TO 3 DO Add(i) END;
    VAR square := total * total;
    BEGIN
      total := square;
    END;
    RETURN total;
  END Outer;

BEGIN
  IO.Put(Fmt.Int(Outer(2)) & "\n");
END NestedProcedures.
