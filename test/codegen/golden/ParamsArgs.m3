(* Params: parameter 0 is the program's name, then the arguments after `--`, spaces kept. *)
MODULE ParamsArgs EXPORTS Main;
IMPORT IO, Params;
BEGIN
  IO.Put("Count = "); IO.PutInt(Params.Count); IO.Put("\n");
  FOR i := 0 TO Params.Count - 1 DO
    IO.PutInt(i); IO.Put(": [" & Params.Get(i) & "]\n")
  END
END ParamsArgs.
