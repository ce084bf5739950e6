(* Arguments as numbers: the sum of the integers given after `--`; a bad one is reported. *)
MODULE ParamsSum EXPORTS Main;
IMPORT IO, Params, Scan;
VAR sum := 0;
BEGIN
  FOR i := 1 TO Params.Count - 1 DO
    TRY
      INC(sum, Scan.Int(Params.Get(i)))
    EXCEPT
    | Scan.BadFormat => IO.Put("not a number: " & Params.Get(i) & "\n")
    END
  END;
  IO.Put("sum = "); IO.PutInt(sum); IO.Put("\n")
END ParamsSum.
