MODULE Cleanup;

VAR depth := 0;

PROCEDURE Work() RAISES ANY =
  BEGIN
    INC(depth);
    TRY
      IF depth > 3 THEN RETURN END;
      Work()
    FINALLY
      DEC(depth)
    END
  END Work;

BEGIN
  TRY Work() EXCEPT END
END Cleanup.
