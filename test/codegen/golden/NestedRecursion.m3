(* A nested procedure that recurses keeps reaching the same enclosing frame. *)
MODULE NestedRecursion EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Permutations (n: INTEGER): INTEGER =
  VAR used: ARRAY [1 .. 8] OF BOOLEAN; count := 0;
  PROCEDURE Place (k: INTEGER) =
    BEGIN
      IF k > n THEN INC(count); RETURN END;
      FOR i := 1 TO n DO
        IF NOT used[i] THEN used[i] := TRUE; Place(k + 1); used[i] := FALSE END
      END
    END Place;
  BEGIN
    FOR i := 1 TO 8 DO used[i] := FALSE END;
    Place(1);
    RETURN count
  END Permutations;
BEGIN
  IO.Put(Fmt.Int(Permutations(4)) & " " & Fmt.Int(Permutations(6)) & "\n")
END NestedRecursion.
