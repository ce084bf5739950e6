(* The collector runs in the middle of long procedures: far more is allocated than the heap holds,
   while a small list stays live across every collection. *)
MODULE GcStress EXPORTS Main;
IMPORT IO, Fmt;
TYPE Node = REF RECORD value: INTEGER; next: Node END;
VAR keep: Node := NIL;
PROCEDURE Churn (rounds: INTEGER): INTEGER =
  VAR garbage: REF ARRAY OF INTEGER; local: Node := NIL; sum := 0;
  BEGIN
    FOR i := 1 TO rounds DO
      garbage := NEW(REF ARRAY OF INTEGER, 1000);
      garbage[999] := i;
      IF i MOD 1000 = 0 THEN local := NEW(Node, value := i, next := local) END;
      INC(sum, garbage[999] MOD 7)
    END;
    WHILE local # NIL DO keep := NEW(Node, value := local.value, next := keep); local := local.next END;
    RETURN sum
  END Churn;
VAR total := 0; p: Node;
BEGIN
  (* 40000 arrays of 8 KB each: about 320 MB in total *)
  IO.Put(Fmt.Int(Churn(40000)) & "\n");
  p := keep;
  WHILE p # NIL DO INC(total, p.value); p := p.next END;
  IO.Put(Fmt.Int(total) & "\n")
END GcStress.
