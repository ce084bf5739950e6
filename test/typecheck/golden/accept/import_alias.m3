(* IMPORT I AS J gives an interface a local name. *)
MODULE ImportAlias EXPORTS Main;

IMPORT IO AS Out, Fmt AS F;

BEGIN
  Out.Put(F.Int(7) & F.Bool(TRUE) & "\n");
END ImportAlias.
