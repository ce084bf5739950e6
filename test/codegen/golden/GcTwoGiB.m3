(* 2 GiB allocated in total, 24 MiB of it live to the end, inside the default 64 MiB heap: the
   collector runs in the middle of Churn and finds the live arrays through globals and frames. *)
MODULE GcTwoGiB EXPORTS Main;
IMPORT IO, Fmt;
CONST MiB = 131072; (* INTEGERs per mebibyte *)
TYPE Block = REF ARRAY OF INTEGER;
VAR live: ARRAY [1 .. 16] OF Block;
PROCEDURE Churn (n: INTEGER): INTEGER =
  VAR kept1, kept2: Block; tmp: Block; sum := 0;
  BEGIN
    kept1 := NEW(Block, 4 * MiB);
    kept2 := NEW(Block, 4 * MiB);
    kept1[0] := 1; kept2[LAST(kept2^)] := 2;
    FOR i := 1 TO n DO
      tmp := NEW(Block, MiB);
      tmp[i MOD MiB] := i;
      INC(sum, tmp[i MOD MiB] MOD 3)
    END;
    RETURN sum + kept1[0] + kept2[LAST(kept2^)]
  END Churn;
VAR check := 0;
BEGIN
  FOR i := FIRST(live) TO LAST(live) DO live[i] := NEW(Block, MiB); live[i][i] := i END;
  IO.Put(Fmt.Int(Churn(2048)) & "\n");
  FOR i := FIRST(live) TO LAST(live) DO INC(check, live[i][i]) END;
  IO.Put(Fmt.Int(check) & "\n")
END GcTwoGiB.
