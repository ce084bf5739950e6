(* Params: parameter 0 is the program's name. *)
MODULE ParamsCount EXPORTS Main;
IMPORT IO, Fmt, Params;
BEGIN
  IO.Put(Fmt.Int(Params.Count) & " " & Params.Get(0) & "\n")
END ParamsCount.
