MODULE Pragma;
<*SPEC x > 0*>
BEGIN
END Pragma.
