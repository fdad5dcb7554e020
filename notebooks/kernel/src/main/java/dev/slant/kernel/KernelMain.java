package dev.slant.kernel;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

import java.nio.file.Files;
import java.nio.file.Path;

/** Kernel process entry point; Jupyter starts it with the connection file named in the kernelspec's argv. */
public final class KernelMain {

    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java @jvm.options -cp <classpath> dev.slant.kernel.KernelMain <connection_file>");
            System.exit(2);
        }
        KernelConnectionProperties connection = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection channels = new JupyterConnection(connection);
        SlantKernel kernel = new SlantKernel();
        kernel.onStartup();
        kernel.becomeHandlerForConnection(channels);
        channels.connect();
        channels.waitUntilClose();
        // Spark and other cell-created threads are not daemons; the kernel must end when Jupyter says so.
        System.exit(0);
    }
}
