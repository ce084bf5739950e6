(* Params: the program's parameters, from the host (spindle run FILE… -- a b c). Parameter 0 is
   the program's name. *)
MODULE Params;

PROCEDURE SPINDLE_HOST_ARG_COUNT (): INTEGER = BEGIN RETURN 1 END SPINDLE_HOST_ARG_COUNT;

PROCEDURE SPINDLE_HOST_ARG (n: INTEGER): TEXT = BEGIN RETURN "main" END SPINDLE_HOST_ARG;

PROCEDURE Get (n: CARDINAL): TEXT =
  BEGIN
    <*ASSERT n < Count*>
    RETURN SPINDLE_HOST_ARG(n)
  END Get;

BEGIN
  Count := SPINDLE_HOST_ARG_COUNT()
END Params.
